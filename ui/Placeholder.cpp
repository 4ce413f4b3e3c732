namespace ra::ui { int placeholder = 0; }
