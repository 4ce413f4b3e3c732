// keeps ra_models non-empty until its first model lands
namespace ra::models { int placeholder = 0; }
