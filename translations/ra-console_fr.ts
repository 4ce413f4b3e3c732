<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>IntuneComponent</name>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 n'a pas pu être chargé : %2</translation>
    </message>
    <message>
        <source>The Intune component (%1) is not installed; it was looked for in %2.</source>
        <translation>Le composant Intune (%1) n'est pas installé ; il a été cherché dans %2.</translation>
    </message>
    <message>
        <source>Reinstall the console, or export SyncML or Graph JSON and upload it in the Intune admin center.</source>
        <translation>Réinstallez la console, ou exportez du SyncML ou du JSON Graph et chargez-le dans le centre d'administration Intune.</translation>
    </message>
</context>
<context>
    <name>ra::AllSettingsModel</name>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>ra::CatalogText</name>
    <message>
        <source>Customize warning messages</source>
        <translation>Personnaliser les messages d'avertissement</translation>
    </message>
    <message>
        <source>Turn on session logging</source>
        <translation>Activer l'enregistrement des sessions</translation>
    </message>
    <message>
        <source>Configure Solicited Remote Assistance</source>
        <translation>Configurer l'assistance à distance sollicitée</translation>
    </message>
    <message>
        <source>Configure Offer Remote Assistance</source>
        <translation>Configurer l'offre d'assistance à distance</translation>
    </message>
    <message>
        <source>At least Windows Vista</source>
        <translation>Au minimum Windows Vista</translation>
    </message>
    <message>
        <source>At least Windows Server 2003 operating systems or Windows XP Professional</source>
        <translation>Au minimum Windows Server 2003 ou Windows XP Professionnel</translation>
    </message>
    <message>
        <source>Replaces the warnings Windows shows the person being helped before a helper connects and before control is shared.</source>
        <translation>Remplace les avertissements que Windows affiche à la personne aidée avant qu'un assistant se connecte et avant le partage du contrôle.</translation>
    </message>
    <message>
        <source>Keeps a log of every Remote Assistance session in the user's Documents folder (Remote Assistance Logs).</source>
        <translation>Conserve un journal de chaque session d'assistance à distance dans le dossier Documents de l'utilisateur (Remote Assistance Logs).</translation>
    </message>
    <message>
        <source>Lets users ask for help by invitation (file, e-mail or chat) and sets what helpers may do and how long an invitation stays valid.</source>
        <translation>Permet aux utilisateurs de demander de l'aide par invitation (fichier, e-mail ou chat) et définit ce que les assistants peuvent faire et la durée de validité d'une invitation.</translation>
    </message>
    <message>
        <source>Lets the listed helpers offer assistance without an invitation, and sets whether they may take control.</source>
        <translation>Permet aux assistants listés d'offrir de l'aide sans invitation et définit s'ils peuvent prendre le contrôle.</translation>
    </message>
    <message>
        <source>Display warning message before sharing control:</source>
        <translation>Message d'avertissement avant le partage du contrôle :</translation>
    </message>
    <message>
        <source>Display warning message before connecting:</source>
        <translation>Message d'avertissement avant la connexion :</translation>
    </message>
    <message>
        <source>Permit remote control of this computer:</source>
        <translation>Autoriser le contrôle à distance de cet ordinateur :</translation>
    </message>
    <message>
        <source>Maximum ticket time (value):</source>
        <translation>Durée maximale du ticket (valeur) :</translation>
    </message>
    <message>
        <source>Maximum ticket time (units):</source>
        <translation>Durée maximale du ticket (unité) :</translation>
    </message>
    <message>
        <source>Method for sending email invitations:</source>
        <translation>Méthode d'envoi des invitations par e-mail :</translation>
    </message>
    <message>
        <source>Helpers:</source>
        <translation>Assistants :</translation>
    </message>
    <message>
        <source>Shown before the user hands control of the computer to the helper.</source>
        <translation>Affiché avant que l'utilisateur confie le contrôle de l'ordinateur à l'assistant.</translation>
    </message>
    <message>
        <source>Shown before the user lets a helper connect and see the screen.</source>
        <translation>Affiché avant que l'utilisateur laisse un assistant se connecter et voir l'écran.</translation>
    </message>
    <message>
        <source>Whether invited helpers may take control or only watch.</source>
        <translation>Si les assistants invités peuvent prendre le contrôle ou seulement regarder.</translation>
    </message>
    <message>
        <source>How long an invitation stays valid, in the unit chosen below.</source>
        <translation>Durée de validité d'une invitation, dans l'unité choisie ci-dessous.</translation>
    </message>
    <message>
        <source>The unit of the maximum ticket time.</source>
        <translation>L'unité de la durée maximale du ticket.</translation>
    </message>
    <message>
        <source>How invitations are e-mailed; Windows Vista and later always use Simple MAPI.</source>
        <translation>Comment les invitations sont envoyées par e-mail ; Windows Vista et versions ultérieures utilisent toujours Simple MAPI.</translation>
    </message>
    <message>
        <source>Whether offering helpers may take control or only watch.</source>
        <translation>Si les assistants qui offrent de l'aide peuvent prendre le contrôle ou seulement regarder.</translation>
    </message>
    <message>
        <source>The users and groups allowed to offer help, one DOMAIN\User or DOMAIN\Group per entry.</source>
        <translation>Les utilisateurs et groupes autorisés à offrir de l'aide, un DOMAINE\Utilisateur ou DOMAINE\Groupe par entrée.</translation>
    </message>
    <message>
        <source>Allow helpers to remotely control the computer</source>
        <translation>Autoriser les assistants à contrôler l'ordinateur à distance</translation>
    </message>
    <message>
        <source>Allow helpers to only view the computer</source>
        <translation>Autoriser les assistants à afficher l'ordinateur uniquement</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Simple MAPI</source>
        <translation>Simple MAPI</translation>
    </message>
    <message>
        <source>Mailto</source>
        <translation>Mailto</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Pro</source>
        <translation>Professionnel</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Éducation</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Mobile Enterprise</source>
        <translation>Mobile Entreprise</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Non configuré</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Added in Windows 10, version %1.</source>
        <translation>Ajouté dans Windows 10, version %1.</translation>
    </message>
</context>
<context>
    <name>ra::ErrorText</name>
    <message>
        <source>'[' opening an entry</source>
        <translation>« [ » ouvrant une entrée</translation>
    </message>
    <message>
        <source>';' after the key</source>
        <translation>« ; » après la clé</translation>
    </message>
    <message>
        <source>';' after the value name</source>
        <translation>« ; » après le nom de valeur</translation>
    </message>
    <message>
        <source>';' after the type</source>
        <translation>« ; » après le type</translation>
    </message>
    <message>
        <source>';' after the data size</source>
        <translation>« ; » après la taille des données</translation>
    </message>
    <message>
        <source>']' closing the entry</source>
        <translation>« ] » fermant l'entrée</translation>
    </message>
    <message>
        <source>signature</source>
        <comment>a 4-byte field of a registry.pol file</comment>
        <translation>signature</translation>
    </message>
    <message>
        <source>version</source>
        <comment>a 4-byte field of a registry.pol file</comment>
        <translation>version</translation>
    </message>
    <message>
        <source>type</source>
        <comment>a 4-byte field of a registry.pol file</comment>
        <translation>type</translation>
    </message>
    <message>
        <source>data size</source>
        <comment>a 4-byte field of a registry.pol file</comment>
        <translation>taille des données</translation>
    </message>
    <message>
        <source>expected '&lt;'</source>
        <translation>« &lt; » attendu</translation>
    </message>
    <message>
        <source>expected '&gt;'</source>
        <translation>« &gt; » attendu</translation>
    </message>
    <message>
        <source>expected '=' after the attribute name</source>
        <translation>« = » attendu après le nom d'attribut</translation>
    </message>
    <message>
        <source>expected an element name</source>
        <translation>nom d'élément attendu</translation>
    </message>
    <message>
        <source>expected an attribute name</source>
        <translation>nom d'attribut attendu</translation>
    </message>
    <message>
        <source>expected an element name after "&lt;/"</source>
        <translation>nom d'élément attendu après « &lt;/ »</translation>
    </message>
    <message>
        <source>an object</source>
        <comment>a JSON value found instead</comment>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an array</source>
        <comment>a JSON value found instead</comment>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an unsupported value</source>
        <comment>a JSON value found instead</comment>
        <translation>une valeur non prise en charge</translation>
    </message>
    <message>
        <source>the string %1</source>
        <comment>a JSON value found instead</comment>
        <translation>la chaîne %1</translation>
    </message>
    <message>
        <source>the number %1</source>
        <comment>a JSON value found instead</comment>
        <translation>le nombre %1</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permission refusée</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>Aucun fichier ou dossier de ce nom</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>Aucun espace disponible sur le périphérique</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Système de fichiers accessible en lecture seule</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Le fichier existe</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>N'est pas un dossier</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>Est un dossier</translation>
    </message>
    <message>
        <source>Directory not empty</source>
        <translation>Dossier non vide</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>Nom de fichier trop long</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>Périphérique ou ressource occupé</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Erreur d'entrée/sortie</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>Trop de fichiers ouverts</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>Fichier trop volumineux</translation>
    </message>
    <message>
        <source>Invalid cross-device link</source>
        <translation>Lien croisé entre périphériques non valide</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a choice: its number (its label)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the end of the payload</source>
        <translation>la fin de la charge utile</translation>
    </message>
    <message>
        <source>malformed UTF-8 text</source>
        <translation>texte UTF-8 mal formé</translation>
    </message>
    <message>
        <source>unpaired UTF-16 surrogate</source>
        <translation>surrogate UTF-16 non apparié</translation>
    </message>
    <message>
        <source>cannot open for reading: %1</source>
        <translation>impossible d'ouvrir en lecture : %1</translation>
    </message>
    <message>
        <source>read error</source>
        <translation>erreur de lecture</translation>
    </message>
    <message>
        <source>cannot list folder: %1</source>
        <translation>impossible de lister le dossier : %1</translation>
    </message>
    <message>
        <source>cannot create folder: %1</source>
        <translation>impossible de créer le dossier : %1</translation>
    </message>
    <message>
        <source>cannot open for writing: %1</source>
        <translation>impossible d'ouvrir en écriture : %1</translation>
    </message>
    <message>
        <source>write failed: %1</source>
        <translation>échec de l'écriture : %1</translation>
    </message>
    <message>
        <source>cannot rename %1 into place: %2</source>
        <translation>impossible de renommer %1 à son emplacement : %2</translation>
    </message>
    <message>
        <source>unexpected end of file: expected %1</source>
        <translation>fin de fichier inattendue : %1 attendu</translation>
    </message>
    <message>
        <source>odd byte count: the file ends inside a UTF-16 character where %1 was expected</source>
        <translation>nombre d'octets impair : le fichier se termine au milieu d'un caractère UTF-16, là où %1 était attendu</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 attendu, %2 trouvé</translation>
    </message>
    <message>
        <source>unexpected end of file in the key starting at offset %1: expected its terminating NUL</source>
        <translation>fin de fichier inattendue dans la clé qui commence à l'offset %1 : le NUL qui la termine est attendu</translation>
    </message>
    <message>
        <source>unexpected end of file in the value name starting at offset %1: expected its terminating NUL</source>
        <translation>fin de fichier inattendue dans le nom de valeur qui commence à l'offset %1 : le NUL qui le termine est attendu</translation>
    </message>
    <message>
        <source>odd byte count: the file ends inside a UTF-16 character of the key starting at offset %1</source>
        <translation>nombre d'octets impair : le fichier se termine au milieu d'un caractère UTF-16 de la clé qui commence à l'offset %1</translation>
    </message>
    <message>
        <source>odd byte count: the file ends inside a UTF-16 character of the value name starting at offset %1</source>
        <translation>nombre d'octets impair : le fichier se termine au milieu d'un caractère UTF-16 du nom de valeur qui commence à l'offset %1</translation>
    </message>
    <message>
        <source>the key is not valid UTF-16 (unpaired surrogate)</source>
        <translation>la clé n'est pas de l'UTF-16 valide (surrogate non apparié)</translation>
    </message>
    <message>
        <source>the value name is not valid UTF-16 (unpaired surrogate)</source>
        <translation>le nom de valeur n'est pas de l'UTF-16 valide (surrogate non apparié)</translation>
    </message>
    <message>
        <source>unexpected end of file: expected the 4-byte %1, %2 byte(s) left</source>
        <translation>fin de fichier inattendue : champ « %1 » de 4 octets attendu, %2 octet(s) restant(s)</translation>
    </message>
    <message>
        <source>file too short for the registry.pol header: expected 8 bytes ("PReg" and version 1), found %1</source>
        <translation>fichier trop court pour l'en-tête registry.pol : 8 octets attendus (« PReg » et la version 1), %1 trouvé(s)</translation>
    </message>
    <message>
        <source>bad signature: expected "PReg" (50 52 65 67)</source>
        <translation>signature incorrecte : « PReg » (50 52 65 67) attendu</translation>
    </message>
    <message>
        <source>unsupported version %1: expected 1</source>
        <translation>version %1 non prise en charge : 1 attendu</translation>
    </message>
    <message>
        <source>data size %1 runs past the end of the file (%2 byte(s) left)</source>
        <translation>la taille des données %1 dépasse la fin du fichier (%2 octet(s) restant(s))</translation>
    </message>
    <message>
        <source>cannot store the entry %1\%2: its key contains a NUL character</source>
        <translation>impossible d'enregistrer l'entrée %1\%2 : sa clé contient un caractère NUL</translation>
    </message>
    <message>
        <source>cannot store the entry %1\%2: its value name contains a NUL character</source>
        <translation>impossible d'enregistrer l'entrée %1\%2 : son nom de valeur contient un caractère NUL</translation>
    </message>
    <message>
        <source>cannot store the entry %1\%2: its data is larger than 4 GiB</source>
        <translation>impossible d'enregistrer l'entrée %1\%2 : ses données dépassent 4 Gio</translation>
    </message>
    <message>
        <source>odd number of bytes in a UTF-16LE file</source>
        <translation>nombre d'octets impair dans un fichier UTF-16LE</translation>
    </message>
    <message>
        <source>not valid UTF-16LE text: %1</source>
        <translation>texte UTF-16LE non valide : %1</translation>
    </message>
    <message>
        <source>UTF-16 big-endian files are not supported; save the file as UTF-16LE (regedit's format)</source>
        <translation>les fichiers UTF-16 big-endian ne sont pas pris en charge ; enregistrez le fichier en UTF-16LE (le format de regedit)</translation>
    </message>
    <message>
        <source>not UTF-16LE with a byte order mark (as regedit writes) and not valid UTF-8 either</source>
        <translation>ni de l'UTF-16LE avec indicateur d'ordre des octets (comme l'écrit regedit), ni de l'UTF-8 valide</translation>
    </message>
    <message>
        <source>a backslash at the end of the line inside a quoted string</source>
        <translation>une barre oblique inverse en fin de ligne à l'intérieur d'une chaîne entre guillemets</translation>
    </message>
    <message>
        <source>unknown escape \%1 in a quoted string (only \\ and \" are allowed)</source>
        <translation>séquence d'échappement inconnue \%1 dans une chaîne entre guillemets (seules \\ et \" sont autorisées)</translation>
    </message>
    <message>
        <source>a quoted string is not closed (missing ")</source>
        <translation>une chaîne entre guillemets n'est pas fermée (" manquant)</translation>
    </message>
    <message>
        <source>expected a byte as two hex digits at column %1, found "%2"</source>
        <translation>octet de deux chiffres hexadécimaux attendu à la colonne %1, « %2 » trouvé</translation>
    </message>
    <message>
        <source>expected ',' between hex bytes at column %1</source>
        <translation>« , » attendu entre les octets hexadécimaux à la colonne %1</translation>
    </message>
    <message>
        <source>an empty value name; the default value is written @=</source>
        <translation>un nom de valeur vide ; la valeur par défaut s'écrit @=</translation>
    </message>
    <message>
        <source>expected '=' after the value name</source>
        <translation>« = » attendu après le nom de valeur</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote</source>
        <translation>texte inattendu après le guillemet fermant</translation>
    </message>
    <message>
        <source>dword: must be followed by 1 to 8 hex digits, found "%1"</source>
        <translation>dword: doit être suivi de 1 à 8 chiffres hexadécimaux, « %1 » trouvé</translation>
    </message>
    <message>
        <source>expected hex(&lt;type in hex&gt;): such as hex(2): or hex(7):</source>
        <translation>hex(&lt;type en hexadécimal&gt;): attendu, par exemple hex(2): ou hex(7):</translation>
    </message>
    <message>
        <source>unknown value format "%1"; expected "text", dword:, hex:, hex(N): or -</source>
        <translation>format de valeur inconnu « %1 » ; "texte", dword:, hex:, hex(N): ou - attendu</translation>
    </message>
    <message>
        <source>expected the header "%1", found "%2"</source>
        <translation>en-tête « %1 » attendu, « %2 » trouvé</translation>
    </message>
    <message>
        <source>a key line must end with ']'</source>
        <translation>une ligne de clé doit se terminer par « ] »</translation>
    </message>
    <message>
        <source>empty key name</source>
        <translation>nom de clé vide</translation>
    </message>
    <message>
        <source>the key "%1" does not start with a hive such as HKEY_LOCAL_MACHINE</source>
        <translation>la clé « %1 » ne commence pas par une ruche telle que HKEY_LOCAL_MACHINE</translation>
    </message>
    <message>
        <source>a value before the first [key] line</source>
        <translation>une valeur avant la première ligne [clé]</translation>
    </message>
    <message>
        <source>a value under a [-key] line, which deletes the key</source>
        <translation>une valeur sous une ligne [-clé], qui supprime la clé</translation>
    </message>
    <message>
        <source>expected [key], "name"=value, @=value or a ; comment, found "%1"</source>
        <translation>[clé], "nom"=valeur, @=valeur ou un commentaire ; attendu, « %1 » trouvé</translation>
    </message>
    <message>
        <source>empty file: the header "%1" is missing</source>
        <translation>fichier vide : l'en-tête « %1 » est absent</translation>
    </message>
    <message>
        <source>the configuration line "%1" has leading or trailing white space</source>
        <translation>la ligne de configuration « %1 » commence ou se termine par des espaces</translation>
    </message>
    <message>
        <source>expected a configuration line (Computer, User or User:&lt;name&gt;), found "%1"</source>
        <translation>ligne de configuration attendue (Computer, User ou User:&lt;nom&gt;), « %1 » trouvé</translation>
    </message>
    <message>
        <source>the configuration "User:" needs an account name</source>
        <translation>la configuration « User: » nécessite un nom de compte</translation>
    </message>
    <message>
        <source>the entry that starts on line %1 is incomplete: expected its registry key line</source>
        <translation>l'entrée qui commence à la ligne %1 est incomplète : sa ligne de clé de Registre est attendue</translation>
    </message>
    <message>
        <source>the entry that starts on line %1 is incomplete: expected its value name line</source>
        <translation>l'entrée qui commence à la ligne %1 est incomplète : sa ligne de nom de valeur est attendue</translation>
    </message>
    <message>
        <source>the entry that starts on line %1 is incomplete: expected its action line</source>
        <translation>l'entrée qui commence à la ligne %1 est incomplète : sa ligne d'action est attendue</translation>
    </message>
    <message>
        <source>CLEAR only works with LGPO /t and has no registry.pol form</source>
        <translation>CLEAR ne fonctionne qu'avec LGPO /t et n'a pas de forme registry.pol</translation>
    </message>
    <message>
        <source>"%1": expected DWORD:n with n a decimal or 0x-hex number up to 4294967295</source>
        <translation>« %1 » : DWORD:n attendu, n étant un nombre décimal ou hexadécimal en 0x jusqu'à 4294967295</translation>
    </message>
    <message>
        <source>"%1": expected QWORD:n with n a decimal or 0x-hex number</source>
        <translation>« %1 » : QWORD:n attendu, n étant un nombre décimal ou hexadécimal en 0x</translation>
    </message>
    <message>
        <source>"%1" in BINARY: expected two hex digits per byte, separated by commas</source>
        <translation>« %1 » dans BINARY : deux chiffres hexadécimaux par octet attendus, séparés par des virgules</translation>
    </message>
    <message>
        <source>BINARY: ends with a comma</source>
        <translation>BINARY: se termine par une virgule</translation>
    </message>
    <message>
        <source>unknown action "%1": expected DELETE, DELETEALLVALUES, DELETEKEYS, CREATEKEY, DWORD:, QWORD:, SZ:, EXSZ:, MULTISZ: or BINARY:</source>
        <translation>action inconnue « %1 » : DELETE, DELETEALLVALUES, DELETEKEYS, CREATEKEY, DWORD:, QWORD:, SZ:, EXSZ:, MULTISZ: ou BINARY: attendu</translation>
    </message>
    <message>
        <source>the registry key line is empty</source>
        <translation>la ligne de clé de Registre est vide</translation>
    </message>
    <message>
        <source>UTF-16 text with an odd number of bytes</source>
        <translation>texte UTF-16 avec un nombre d'octets impair</translation>
    </message>
    <message>
        <source>not valid UTF-16 text (%1)</source>
        <translation>texte UTF-16 non valide (%1)</translation>
    </message>
    <message>
        <source>not valid UTF-8 text; save the file as Unicode (UTF-16 with BOM) or UTF-8</source>
        <translation>texte UTF-8 non valide ; enregistrez le fichier en Unicode (UTF-16 avec BOM) ou en UTF-8</translation>
    </message>
    <message>
        <source>not valid UTF-16 text</source>
        <translation>texte UTF-16 non valide</translation>
    </message>
    <message>
        <source>contains NUL bytes: expected text (ANSI, UTF-8 or UTF-16 with a byte order mark)</source>
        <translation>contient des octets NUL : texte attendu (ANSI, UTF-8 ou UTF-16 avec indicateur d'ordre des octets)</translation>
    </message>
    <message>
        <source>expected ']' ending the section name</source>
        <translation>« ] » attendu à la fin du nom de section</translation>
    </message>
    <message>
        <source>expected [section], key=value, a comment or a blank line</source>
        <translation>[section], clé=valeur, un commentaire ou une ligne vide attendu</translation>
    </message>
    <message>
        <source>[General] Version is "%1": expected a number</source>
        <translation>[General] Version vaut « %1 » : un nombre est attendu</translation>
    </message>
    <message>
        <source>gPCMachineExtensionNames "%1" has '%2' at position %3: expected groups like [{GUID}{GUID}]</source>
        <translation>gPCMachineExtensionNames « %1 » contient « %2 » à la position %3 : des groupes comme [{GUID}{GUID}] sont attendus</translation>
    </message>
    <message>
        <source>gPCMachineExtensionNames "%1" has an unclosed '[': expected groups like [{GUID}{GUID}]</source>
        <translation>gPCMachineExtensionNames « %1 » contient un « [ » non fermé : des groupes comme [{GUID}{GUID}] sont attendus</translation>
    </message>
    <message>
        <source>gPCMachineExtensionNames "%1" has an unclosed '{': expected groups like [{GUID}{GUID}]</source>
        <translation>gPCMachineExtensionNames « %1 » contient un « { » non fermé : des groupes comme [{GUID}{GUID}] sont attendus</translation>
    </message>
    <message>
        <source>gPCMachineExtensionNames "%1" has an empty group: expected groups like [{GUID}{GUID}]</source>
        <translation>gPCMachineExtensionNames « %1 » contient un groupe vide : des groupes comme [{GUID}{GUID}] sont attendus</translation>
    </message>
    <message>
        <source>the document is not valid UTF-8</source>
        <translation>le document n'est pas de l'UTF-8 valide</translation>
    </message>
    <message>
        <source>the control character %1 is not allowed in XML</source>
        <translation>le caractère de contrôle %1 n'est pas autorisé en XML</translation>
    </message>
    <message>
        <source>the non-character U+FFFE or U+FFFF is not allowed in XML</source>
        <translation>les non-caractères U+FFFE et U+FFFF ne sont pas autorisés en XML</translation>
    </message>
    <message>
        <source>expected the root element, found the end of the document</source>
        <translation>élément racine attendu, fin du document trouvée</translation>
    </message>
    <message>
        <source>expected '&lt;' starting the root element</source>
        <translation>« &lt; » attendu au début de l'élément racine</translation>
    </message>
    <message>
        <source>unexpected content after the root element</source>
        <translation>contenu inattendu après l'élément racine</translation>
    </message>
    <message>
        <source>DOCTYPE declarations are not supported</source>
        <translation>les déclarations DOCTYPE ne sont pas prises en charge</translation>
    </message>
    <message>
        <source>unexpected DOCTYPE after the root element</source>
        <translation>DOCTYPE inattendu après l'élément racine</translation>
    </message>
    <message>
        <source>unterminated processing instruction: expected "?&gt;"</source>
        <translation>instruction de traitement non terminée : « ?&gt; » attendu</translation>
    </message>
    <message>
        <source>unterminated comment: expected "--&gt;"</source>
        <translation>commentaire non terminé : « --&gt; » attendu</translation>
    </message>
    <message>
        <source>'&amp;' must start a reference such as &amp;amp; (use &amp;amp; for a literal '&amp;')</source>
        <translation>« &amp; » doit commencer une référence telle que &amp;amp; (écrivez &amp;amp; pour un « &amp; » littéral)</translation>
    </message>
    <message>
        <source>empty character reference</source>
        <translation>référence de caractère vide</translation>
    </message>
    <message>
        <source>invalid character reference &amp;%1;</source>
        <translation>référence de caractère non valide &amp;%1;</translation>
    </message>
    <message>
        <source>character reference &amp;%1; is out of range</source>
        <translation>la référence de caractère &amp;%1; est hors limites</translation>
    </message>
    <message>
        <source>character reference &amp;%1; is not an XML character</source>
        <translation>la référence de caractère &amp;%1; n'est pas un caractère XML</translation>
    </message>
    <message>
        <source>unknown entity &amp;%1; (only the five XML entities are supported)</source>
        <translation>entité inconnue &amp;%1; (seules les cinq entités XML sont prises en charge)</translation>
    </message>
    <message>
        <source>namespace prefix "%1" is not declared</source>
        <translation>le préfixe d'espace de noms « %1 » n'est pas déclaré</translation>
    </message>
    <message>
        <source>elements nested more than 256 deep</source>
        <translation>éléments imbriqués sur plus de 256 niveaux</translation>
    </message>
    <message>
        <source>expected white space, '&gt;' or "/&gt;" in the start tag of &lt;%1&gt;</source>
        <translation>espace, « &gt; » ou « /&gt; » attendu dans la balise ouvrante de &lt;%1&gt;</translation>
    </message>
    <message>
        <source>attribute %1 appears twice</source>
        <translation>l'attribut %1 apparaît deux fois</translation>
    </message>
    <message>
        <source>expected a quoted attribute value</source>
        <translation>valeur d'attribut entre guillemets attendue</translation>
    </message>
    <message>
        <source>unterminated attribute value</source>
        <translation>valeur d'attribut non terminée</translation>
    </message>
    <message>
        <source>'&lt;' is not allowed in an attribute value</source>
        <translation>« &lt; » n'est pas autorisé dans une valeur d'attribut</translation>
    </message>
    <message>
        <source>unexpected end of the document: &lt;%1&gt; (line %2) is not closed</source>
        <translation>fin du document inattendue : &lt;%1&gt; (ligne %2) n'est pas fermé</translation>
    </message>
    <message>
        <source>expected &lt;/%1&gt; closing the element of line %2, found &lt;/%3&gt;</source>
        <translation>&lt;/%1&gt; attendu pour fermer l'élément de la ligne %2, trouvé : &lt;/%3&gt;</translation>
    </message>
    <message>
        <source>unterminated CDATA section: expected "]]&gt;"</source>
        <translation>section CDATA non terminée : « ]]&gt; » attendu</translation>
    </message>
    <message>
        <source>unexpected markup declaration inside an element</source>
        <translation>déclaration de balisage inattendue à l'intérieur d'un élément</translation>
    </message>
    <message>
        <source>"]]&gt;" is not allowed in text</source>
        <translation>« ]]&gt; » n'est pas autorisé dans le texte</translation>
    </message>
    <message>
        <source>control character in text</source>
        <translation>caractère de contrôle dans le texte</translation>
    </message>
    <message>
        <source>UTF-16 document with an odd number of bytes</source>
        <translation>document UTF-16 avec un nombre d'octets impair</translation>
    </message>
    <message>
        <source>the document is not valid UTF-16 (%1)</source>
        <translation>le document n'est pas de l'UTF-16 valide (%1)</translation>
    </message>
    <message>
        <source>"%1" is not a valid XML name</source>
        <translation>« %1 » n'est pas un nom XML valide</translation>
    </message>
    <message>
        <source>text for XML is not valid UTF-8</source>
        <translation>le texte destiné au XML n'est pas de l'UTF-8 valide</translation>
    </message>
    <message>
        <source>character %1 cannot appear in an XML document</source>
        <translation>le caractère %1 ne peut pas figurer dans un document XML</translation>
    </message>
    <message>
        <source>an XML comment cannot contain "--" or end with '-'</source>
        <translation>un commentaire XML ne peut ni contenir « -- » ni se terminer par « - »</translation>
    </message>
    <message>
        <source>an XML document has exactly one root element; &lt;%1&gt; would be a second</source>
        <translation>un document XML a exactement un élément racine ; &lt;%1&gt; en serait un second</translation>
    </message>
    <message>
        <source>attribute %1 written outside a start tag</source>
        <translation>attribut %1 écrit en dehors d'une balise ouvrante</translation>
    </message>
    <message>
        <source>text outside the root element</source>
        <translation>texte en dehors de l'élément racine</translation>
    </message>
    <message>
        <source>CDATA outside the root element</source>
        <translation>CDATA en dehors de l'élément racine</translation>
    </message>
    <message>
        <source>endElement() without an open element</source>
        <translation>endElement() sans élément ouvert</translation>
    </message>
    <message>
        <source>XML document incomplete: &lt;%1&gt; is still open</source>
        <translation>document XML incomplet : &lt;%1&gt; est encore ouvert</translation>
    </message>
    <message>
        <source>XML document has no root element</source>
        <translation>document XML sans élément racine</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>le texte n'est pas de l'UTF-8 valide</translation>
    </message>
    <message>
        <source>the text contains U+FFFE or U+FFFF, which XML cannot carry</source>
        <translation>le texte contient U+FFFE ou U+FFFF, que XML ne peut pas transporter</translation>
    </message>
    <message>
        <source>the text contains the control character %1, which XML cannot carry</source>
        <translation>le texte contient le caractère de contrôle %1, que XML ne peut pas transporter</translation>
    </message>
    <message>
        <source>entry %1 is empty</source>
        <translation>l'entrée %1 est vide</translation>
    </message>
    <message>
        <source>entry %1 contains U+F000, the character that separates list entries</source>
        <translation>l'entrée %1 contient U+F000, le caractère qui sépare les entrées de liste</translation>
    </message>
    <message>
        <source>%1, data id %2: %3</source>
        <translation>%1, ID de données %2 : %3</translation>
    </message>
    <message>
        <source>%1 payload: %2 (line %3, column %4 of the payload)</source>
        <translation>charge utile de %1 : %2 (ligne %3, colonne %4 de la charge utile)</translation>
    </message>
    <message>
        <source>%1 payload: text outside the &lt;enabled/&gt;, &lt;disabled/&gt; and &lt;data/&gt; elements</source>
        <translation>charge utile de %1 : texte en dehors des éléments &lt;enabled/&gt;, &lt;disabled/&gt; et &lt;data/&gt;</translation>
    </message>
    <message>
        <source>%1 payload: expected &lt;enabled/&gt; or &lt;disabled/&gt;, found nothing</source>
        <translation>charge utile de %1 : &lt;enabled/&gt; ou &lt;disabled/&gt; attendu, rien trouvé</translation>
    </message>
    <message>
        <source>%1 payload: expected &lt;enabled/&gt; or &lt;disabled/&gt; first, found &lt;%2&gt;</source>
        <translation>charge utile de %1 : &lt;enabled/&gt; ou &lt;disabled/&gt; attendu en premier, &lt;%2&gt; trouvé</translation>
    </message>
    <message>
        <source>%1 payload: &lt;%2/&gt; takes no attributes or content</source>
        <translation>charge utile de %1 : &lt;%2/&gt; n'accepte ni attributs ni contenu</translation>
    </message>
    <message>
        <source>%1 payload: &lt;disabled/&gt; takes no &lt;data/&gt; elements, found &lt;%2&gt;</source>
        <translation>charge utile de %1 : &lt;disabled/&gt; n'accepte pas d'éléments &lt;data/&gt;, &lt;%2&gt; trouvé</translation>
    </message>
    <message>
        <source>%1 payload: expected &lt;data id="…" value="…"/&gt;, found &lt;%2&gt;</source>
        <translation>charge utile de %1 : &lt;data id="…" value="…"/&gt; attendu, &lt;%2&gt; trouvé</translation>
    </message>
    <message>
        <source>%1 payload: a &lt;data/&gt; element needs both an id and a value attribute</source>
        <translation>charge utile de %1 : un élément &lt;data/&gt; nécessite un attribut id et un attribut value</translation>
    </message>
    <message>
        <source>%1 payload: unknown data id "%2" (this policy has no options)</source>
        <translation>charge utile de %1 : ID de données inconnu « %2 » (cette stratégie n'a pas d'options)</translation>
    </message>
    <message>
        <source>%1 payload: unknown data id "%2" (this policy has %3)</source>
        <translation>charge utile de %1 : ID de données inconnu « %2 » (les options de cette stratégie sont %3)</translation>
    </message>
    <message>
        <source>%1 payload: data id %2 appears twice</source>
        <translation>charge utile de %1 : l'ID de données %2 apparaît deux fois</translation>
    </message>
    <message>
        <source>%1 payload, data id %2: expected a decimal number from 0 to 4294967295, found "%3"</source>
        <translation>charge utile de %1, ID de données %2 : nombre décimal de 0 à 4294967295 attendu, « %3 » trouvé</translation>
    </message>
    <message>
        <source>%1 payload, data id %2: the list has %3 parts separated by U+F000; expected name/value pairs (an even number)</source>
        <translation>charge utile de %1, ID de données %2 : la liste compte %3 parties séparées par U+F000 ; des paires nom/valeur sont attendues (un nombre pair)</translation>
    </message>
    <message>
        <source>%1 payload, data id %2: pair %3 has the name "%4" but the value "%5"; this list stores each entry as both name and value</source>
        <translation>charge utile de %1, ID de données %2 : la paire %3 a le nom « %4 » mais la valeur « %5 » ; cette liste enregistre chaque entrée à la fois comme nom et comme valeur</translation>
    </message>
    <message>
        <source>%1 payload, data id %2: pair %3 is empty</source>
        <translation>charge utile de %1, ID de données %2 : la paire %3 est vide</translation>
    </message>
    <message>
        <source>%1 payload: data id %2 is missing (an Enabled ADMX-backed policy needs every option of the policy)</source>
        <translation>charge utile de %1 : l'ID de données %2 est absent (une stratégie ADMX activée nécessite toutes les options de la stratégie)</translation>
    </message>
    <message>
        <source>expected the root element &lt;SyncML&gt;, found &lt;%1&gt;</source>
        <translation>élément racine &lt;SyncML&gt; attendu, &lt;%1&gt; trouvé</translation>
    </message>
    <message>
        <source>expected the namespace SYNCML:SYNCML1.2, found "%1"</source>
        <translation>espace de noms SYNCML:SYNCML1.2 attendu, « %1 » trouvé</translation>
    </message>
    <message>
        <source>&lt;SyncML&gt; has no &lt;SyncBody&gt;</source>
        <translation>&lt;SyncML&gt; n'a pas de &lt;SyncBody&gt;</translation>
    </message>
    <message>
        <source>&lt;%1&gt; has no &lt;CmdID&gt;</source>
        <translation>&lt;%1&gt; n'a pas de &lt;CmdID&gt;</translation>
    </message>
    <message>
        <source>&lt;CmdID&gt;: expected a decimal number from 0 to 4294967295, found "%1"</source>
        <translation>&lt;CmdID&gt; : nombre décimal de 0 à 4294967295 attendu, « %1 » trouvé</translation>
    </message>
    <message>
        <source>&lt;CmdID&gt; must be a positive number</source>
        <translation>&lt;CmdID&gt; doit être un nombre positif</translation>
    </message>
    <message>
        <source>CmdID %1 is used twice (also at line %2)</source>
        <translation>le CmdID %1 est utilisé deux fois (aussi à la ligne %2)</translation>
    </message>
    <message>
        <source>&lt;Item&gt; has no &lt;Target&gt;&lt;LocURI&gt;</source>
        <translation>&lt;Item&gt; n'a pas de &lt;Target&gt;&lt;LocURI&gt;</translation>
    </message>
    <message>
        <source>the &lt;LocURI&gt; is empty</source>
        <translation>le &lt;LocURI&gt; est vide</translation>
    </message>
    <message>
        <source>the &lt;LocURI&gt; "%1" contains white space or a line break (Windows answers 404 for such a node)</source>
        <translation>le &lt;LocURI&gt; « %1 » contient des espaces ou un saut de ligne (Windows répond 404 pour un tel nœud)</translation>
    </message>
    <message>
        <source>the &lt;LocURI&gt; "%1" differs from %2 in letter case (OMA-DM node names are case-sensitive)</source>
        <translation>le &lt;LocURI&gt; « %1 » diffère de %2 par la casse (les noms de nœuds OMA-DM respectent la casse)</translation>
    </message>
    <message>
        <source>%1 is set twice (also by CmdID %2 (line %3))</source>
        <translation>%1 est défini deux fois (aussi par le CmdID %2 (ligne %3))</translation>
    </message>
    <message>
        <source>&lt;%1&gt; of %2 needs &lt;Meta&gt;&lt;Format&gt;chr&lt;/Format&gt;&lt;/Meta&gt; (ADMX-backed policies take their payload as a string)</source>
        <translation>&lt;%1&gt; de %2 nécessite &lt;Meta&gt;&lt;Format&gt;chr&lt;/Format&gt;&lt;/Meta&gt; (les stratégies ADMX reçoivent leur charge utile sous forme de chaîne)</translation>
    </message>
    <message>
        <source>&lt;%1&gt; of %2 has &lt;Type&gt;%3&lt;/Type&gt;; expected text/plain</source>
        <translation>&lt;%1&gt; de %2 a &lt;Type&gt;%3&lt;/Type&gt; ; text/plain attendu</translation>
    </message>
    <message>
        <source>&lt;%1&gt; of %2 has no &lt;Data&gt; payload</source>
        <translation>&lt;%1&gt; de %2 n'a pas de charge utile &lt;Data&gt;</translation>
    </message>
    <message>
        <source>&lt;%1&gt; has no &lt;Item&gt;</source>
        <translation>&lt;%1&gt; n'a pas d'&lt;Item&gt;</translation>
    </message>
    <message>
        <source>the member "%1" is missing</source>
        <translation>le membre « %1 » est absent</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>chaîne attendue</translation>
    </message>
    <message>
        <source>%1 is Not configured and has no OMA-URI setting</source>
        <translation>%1 n'est pas configurée et n'a pas de paramètre OMA-URI</translation>
    </message>
    <message>
        <source>the profile needs a display name</source>
        <translation>le profil a besoin d'un nom d'affichage</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>JSON non valide (%1)</translation>
    </message>
    <message>
        <source>expected a JSON object (a windows10CustomConfiguration)</source>
        <translation>objet JSON attendu (une windows10CustomConfiguration)</translation>
    </message>
    <message>
        <source>expected "%1", found "%2"</source>
        <translation>« %1 » attendu, « %2 » trouvé</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>tableau attendu</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>%1 has a second setting (the first is %2)</source>
        <translation>%1 a un second paramètre (le premier est %2)</translation>
    </message>
    <message>
        <source>expected "%1" for %2, found "%3"</source>
        <translation>« %1 » attendu pour %2, « %3 » trouvé</translation>
    </message>
    <message>
        <source>expected &lt;policyComments&gt; as the root element, found &lt;%1&gt;</source>
        <translation>&lt;policyComments&gt; attendu comme élément racine, &lt;%1&gt; trouvé</translation>
    </message>
    <message>
        <source>comment of %1 refers to string %2, which the stringTable lacks</source>
        <translation>le commentaire de %1 fait référence à la chaîne %2, absente de la stringTable</translation>
    </message>
    <message>
        <source>unknown member "%1"</source>
        <translation>membre inconnu « %1 »</translation>
    </message>
    <message>
        <source>unknown provenance member "%1"</source>
        <translation>membre de provenance inconnu « %1 »</translation>
    </message>
    <message>
        <source>unknown target member "%1"</source>
        <translation>membre de cible inconnu « %1 »</translation>
    </message>
    <message>
        <source>a deployment target needs profile format version 2; this profile says %1</source>
        <translation>une cible de déploiement exige la version 2 du format de profil ; ce profil indique %1</translation>
    </message>
    <message>
        <source>unknown "%1"; expected Home, Pro, Business, Enterprise, Education, Mobile or Mobile Enterprise</source>
        <translation>« %1 » inconnu ; Home, Pro, Business, Enterprise, Education, Mobile ou Mobile Enterprise attendu</translation>
    </message>
    <message>
        <source>unknown "%1"; expected "vista", "xp-sp2" or "server2003-sp1"</source>
        <translation>« %1 » inconnu ; « vista », « xp-sp2 » ou « server2003-sp1 » attendu</translation>
    </message>
    <message>
        <source>"%1" is listed more than once</source>
        <translation>« %1 » est listé plusieurs fois</translation>
    </message>
    <message>
        <source>expected a Windows build number from 0 to 4294967295, found %1</source>
        <translation>numéro de build Windows de 0 à 4294967295 attendu, trouvé : %1</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>true ou false attendu, trouvé : %1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>objet attendu, trouvé : %1</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>chaîne attendue, trouvé : %1</translation>
    </message>
    <message>
        <source>expected a UTC time like "2026-11-22T10:00:00Z", found "%1"</source>
        <translation>heure UTC attendue, par exemple « 2026-11-22T10:00:00Z », « %1 » trouvé</translation>
    </message>
    <message>
        <source>the text has %1 characters; at most %2 are allowed</source>
        <translation>le texte compte %1 caractères ; %2 au maximum sont autorisés</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>nombre entier attendu, trouvé : %1</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2, found %3</source>
        <translation>nombre de %1 à %2 attendu, %3 trouvé</translation>
    </message>
    <message>
        <source>expected one of %1, found %2</source>
        <translation>une des valeurs %1 attendue, %2 trouvé</translation>
    </message>
    <message>
        <source>expected an array of strings, found %1</source>
        <translation>tableau de chaînes attendu, trouvé : %1</translation>
    </message>
    <message>
        <source>missing; expected "NotConfigured", "Enabled" or "Disabled"</source>
        <translation>absent ; « NotConfigured », « Enabled » ou « Disabled » attendu</translation>
    </message>
    <message>
        <source>expected "NotConfigured", "Enabled" or "Disabled", found %1</source>
        <translation>« NotConfigured », « Enabled » ou « Disabled » attendu, trouvé : %1</translation>
    </message>
    <message>
        <source>expected "NotConfigured", "Enabled" or "Disabled", found "%1"</source>
        <translation>« NotConfigured », « Enabled » ou « Disabled » attendu, « %1 » trouvé</translation>
    </message>
    <message>
        <source>unknown option "%1" of %2; it has no options</source>
        <translation>option inconnue « %1 » de %2 ; elle n'a pas d'options</translation>
    </message>
    <message>
        <source>unknown option "%1" of %2; its options are %3</source>
        <translation>option inconnue « %1 » de %2 ; ses options sont %3</translation>
    </message>
    <message>
        <source>missing; expected an object with one member per policy</source>
        <translation>absent ; un objet avec un membre par stratégie est attendu</translation>
    </message>
    <message>
        <source>unknown policy "%1"; use its CSP name "%2"</source>
        <translation>stratégie inconnue « %1 » ; utilisez son nom CSP « %2 »</translation>
    </message>
    <message>
        <source>unknown policy "%1"; expected CustomizeWarningMessages, SessionLogging, SolicitedRemoteAssistance or UnsolicitedRemoteAssistance</source>
        <translation>stratégie inconnue « %1 » ; CustomizeWarningMessages, SessionLogging, SolicitedRemoteAssistance ou UnsolicitedRemoteAssistance attendu</translation>
    </message>
    <message>
        <source>the member "%1" appears more than once in its object</source>
        <translation>le membre « %1 » apparaît plus d'une fois dans son objet</translation>
    </message>
    <message>
        <source>expected a JSON object (a Remote Assistance console profile), found %1</source>
        <translation>objet JSON attendu (un profil de la console d'assistance à distance), trouvé : %1</translation>
    </message>
    <message>
        <source>expected a string of 64 hex digits, found %1</source>
        <translation>chaîne de 64 chiffres hexadécimaux attendue, trouvé : %1</translation>
    </message>
    <message>
        <source>the profile is not valid</source>
        <translation>le profil n'est pas valide</translation>
    </message>
    <message>
        <source>the author is not valid UTF-8 text</source>
        <translation>l'auteur n'est pas un texte UTF-8 valide</translation>
    </message>
    <message>
        <source>the host name is not valid UTF-8 text</source>
        <translation>le nom d'hôte n'est pas un texte UTF-8 valide</translation>
    </message>
    <message>
        <source>the product version is not valid UTF-8 text</source>
        <translation>la version du produit n'est pas un texte UTF-8 valide</translation>
    </message>
    <message>
        <source>the comment of %1 is not valid UTF-8 text</source>
        <translation>le commentaire de %1 n'est pas un texte UTF-8 valide</translation>
    </message>
    <message>
        <source>option %1 of %2 is not valid UTF-8 text</source>
        <translation>l'option %1 de %2 n'est pas un texte UTF-8 valide</translation>
    </message>
    <message>
        <source>an entry of option %1 of %2 is not valid UTF-8 text</source>
        <translation>une entrée de l'option %1 de %2 n'est pas un texte UTF-8 valide</translation>
    </message>
    <message>
        <source>the file is empty; expected a profile (JSON)</source>
        <translation>le fichier est vide ; un profil (JSON) est attendu</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide : %1</translation>
    </message>
    <message>
        <source>this is not a Remote Assistance console profile (expected "schema": "%1")</source>
        <translation>ce n'est pas un profil de la console d'assistance à distance ("schema": "%1" attendu)</translation>
    </message>
    <message>
        <source>missing or invalid profile version; expected a whole number</source>
        <translation>version du profil absente ou non valide ; un nombre entier est attendu</translation>
    </message>
    <message>
        <source>this profile has format version %1, written by a newer version of the console; this version reads formats 1 to %2 only. Update the console to open it.</source>
        <translation>ce profil a la version de format %1 et a été écrit par une version plus récente de la console ; cette version ne lit que les formats 1 à %2. Mettez à jour la console pour l'ouvrir.</translation>
    </message>
    <message>
        <source>invalid profile version %1; expected 1 to %2</source>
        <translation>version de profil %1 non valide ; 1 à %2 attendu</translation>
    </message>
    <message>
        <source>the profile was changed after it was written (it has no SHA-256)</source>
        <translation>le profil a été modifié après son écriture (il n'a pas de SHA-256)</translation>
    </message>
    <message>
        <source>the profile was changed after it was written (its SHA-256 does not match)</source>
        <translation>le profil a été modifié après son écriture (son SHA-256 ne correspond pas)</translation>
    </message>
    <message>
        <source>policy %1 has no option "%2"</source>
        <translation>la stratégie %1 n'a pas d'option « %2 »</translation>
    </message>
    <message>
        <source>option %1 of %2 takes a text</source>
        <translation>l'option %1 de %2 prend un texte</translation>
    </message>
    <message>
        <source>option %1 of %2 takes a number</source>
        <translation>l'option %1 de %2 prend un nombre</translation>
    </message>
    <message>
        <source>option %1 of %2 takes a choice (number)</source>
        <translation>l'option %1 de %2 prend un choix (nombre)</translation>
    </message>
    <message>
        <source>option %1 of %2 takes a list of strings</source>
        <translation>l'option %1 de %2 prend une liste de chaînes</translation>
    </message>
    <message>
        <source>option %1 is not text</source>
        <translation>l'option %1 n'est pas un texte</translation>
    </message>
    <message>
        <source>option %1 is not a number</source>
        <translation>l'option %1 n'est pas un nombre</translation>
    </message>
    <message>
        <source>option %1 is not a list</source>
        <translation>l'option %1 n'est pas une liste</translation>
    </message>
    <message>
        <source>unknown Windows family</source>
        <translation>famille Windows inconnue</translation>
    </message>
    <message>
        <source>a firewall rule name or path cannot contain a double quote: %1</source>
        <translation>un nom ou chemin de règle de pare-feu ne peut pas contenir de guillemet double : %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>échec de %1 : %2</translation>
    </message>
    <message>
        <source>RegDeleteKeyExW failed: the key has subkeys (%1)</source>
        <translation>échec de RegDeleteKeyExW : la clé a des sous-clés (%1)</translation>
    </message>
    <message>
        <source>invalid key name</source>
        <translation>nom de clé non valide</translation>
    </message>
    <message>
        <source>the key has subkeys and cannot be deleted</source>
        <translation>la clé a des sous-clés et ne peut pas être supprimée</translation>
    </message>
    <message>
        <source>write %1 refused (injected failure)</source>
        <translation>écriture %1 refusée (échec simulé)</translation>
    </message>
    <message>
        <source>no bkupInfo.xml: not a Group Policy backup folder</source>
        <translation>pas de bkupInfo.xml : ce n'est pas un dossier de sauvegarde de stratégie de groupe</translation>
    </message>
    <message>
        <source>expected &lt;BackupInst&gt; as the root element, found &lt;%1&gt;</source>
        <translation>&lt;BackupInst&gt; attendu comme élément racine, &lt;%1&gt; trouvé</translation>
    </message>
    <message>
        <source>expected &lt;Backups&gt; as the root element, found &lt;%1&gt;</source>
        <translation>&lt;Backups&gt; attendu comme élément racine, &lt;%1&gt; trouvé</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>n'existe pas</translation>
    </message>
    <message>
        <source>no Group Policy backup here: expected manifest.xml or {BackupId} folders with bkupInfo.xml</source>
        <translation>aucune sauvegarde de stratégie de groupe ici : manifest.xml ou des dossiers {BackupId} avec bkupInfo.xml attendus</translation>
    </message>
    <message>
        <source>no backup with ID %1</source>
        <translation>aucune sauvegarde avec l'ID %1</translation>
    </message>
    <message>
        <source>the backup has no DomainSysvol/GPO/Machine/registry.pol, so it holds no computer Administrative Templates settings</source>
        <translation>la sauvegarde n'a pas de DomainSysvol/GPO/Machine/registry.pol et ne contient donc aucun paramètre de modèles d'administration pour l'ordinateur</translation>
    </message>
    <message>
        <source>the GPO display name is empty: GPMC's Import Settings wizard and Import-GPO -BackupGpoName find backups by it</source>
        <translation>le nom d'affichage du GPO est vide : l'assistant Importer les paramètres de la GPMC et Import-GPO -BackupGpoName trouvent les sauvegardes par ce nom</translation>
    </message>
    <message>
        <source>GPO GUID "%1" is not a GUID in braces like {2199EA28-42D1-4F0C-8043-EDD3A546BD9A}</source>
        <translation>le GUID de GPO « %1 » n'est pas un GUID entre accolades comme {2199EA28-42D1-4F0C-8043-EDD3A546BD9A}</translation>
    </message>
    <message>
        <source>backup ID "%1" is not a GUID in braces like {2199EA28-42D1-4F0C-8043-EDD3A546BD9A}</source>
        <translation>l'ID de sauvegarde « %1 » n'est pas un GUID entre accolades comme {2199EA28-42D1-4F0C-8043-EDD3A546BD9A}</translation>
    </message>
    <message>
        <source>backup time "%1" is not in the form YYYY-MM-DDTHH:MM:SS</source>
        <translation>l'heure de sauvegarde « %1 » n'est pas au format YYYY-MM-DDTHH:MM:SS</translation>
    </message>
    <message>
        <source>domain "%1" is not a DNS name (letters, digits, '-' and '.')</source>
        <translation>le domaine « %1 » n'est pas un nom DNS (lettres, chiffres, « - » et « . »)</translation>
    </message>
    <message>
        <source>not a Group Policy backup manifest: expected &lt;Backups xmlns="%1"&gt;, found &lt;%2&gt;</source>
        <translation>ce n'est pas un manifeste de sauvegardes de stratégie de groupe : &lt;Backups xmlns="%1"&gt; attendu, &lt;%2&gt; trouvé</translation>
    </message>
    <message>
        <source>the manifest already lists a backup with ID %1</source>
        <translation>le manifeste répertorie déjà une sauvegarde avec l'ID %1</translation>
    </message>
    <message>
        <source>manifest has no closing &lt;/%1&gt;</source>
        <translation>le manifeste n'a pas de balise fermante &lt;/%1&gt;</translation>
    </message>
    <message>
        <source>is not a folder: choose a folder for the backup</source>
        <translation>n'est pas un dossier : choisissez un dossier pour la sauvegarde</translation>
    </message>
    <message>
        <source>a backup with this ID already exists</source>
        <translation>une sauvegarde avec cet ID existe déjà</translation>
    </message>
    <message>
        <source>%1 (and 1 more problem)</source>
        <translation>%1 (et 1 autre problème)</translation>
    </message>
    <message>
        <source>%1 (and %2 more problems)</source>
        <translation>%1 (et %2 autres problèmes)</translation>
    </message>
    <message>
        <source>You may not write there. Choose another folder, or ask an administrator for write access.</source>
        <translation>Vous n'avez pas le droit d'écrire à cet endroit. Choisissez un autre dossier, ou demandez un accès en écriture à un administrateur.</translation>
    </message>
    <message>
        <source>You may not read this. Ask an administrator for read access, or copy the file to a folder you can read.</source>
        <translation>Vous n'avez pas le droit de lire ceci. Demandez un accès en lecture à un administrateur, ou copiez le fichier dans un dossier que vous pouvez lire.</translation>
    </message>
    <message>
        <source>A folder on the path does not exist. Choose an existing folder.</source>
        <translation>Un dossier du chemin n'existe pas. Choisissez un dossier existant.</translation>
    </message>
    <message>
        <source>Check the path: the file may have been moved, renamed or deleted.</source>
        <translation>Vérifiez le chemin : le fichier a peut-être été déplacé, renommé ou supprimé.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space or choose another drive, then try again.</source>
        <translation>Le disque est plein. Libérez de l'espace ou choisissez un autre lecteur, puis réessayez.</translation>
    </message>
    <message>
        <source>The drive is read-only. Choose a folder on a drive you can write to.</source>
        <translation>Le lecteur est en lecture seule. Choisissez un dossier sur un lecteur accessible en écriture.</translation>
    </message>
    <message>
        <source>A part of the path is a file, not a folder. Choose another place.</source>
        <translation>Une partie du chemin est un fichier et non un dossier. Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>This is a folder. Choose a file.</source>
        <translation>Ceci est un dossier. Choisissez un fichier.</translation>
    </message>
    <message>
        <source>The path is too long. Choose a shorter folder or file name.</source>
        <translation>Le chemin est trop long. Choisissez un nom de dossier ou de fichier plus court.</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>offset %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>value "%1"</source>
        <translation>valeur « %1 »</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>octet %1</translation>
    </message>
    <message>
        <source>code unit %1</source>
        <translation>unité de code %1</translation>
    </message>
    <message>
        <source>CmdID %1 (line %2)</source>
        <translation>CmdID %1 (ligne %2)</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <comment>file: place in the file: what is wrong</comment>
        <translation>%1 : %2 : %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>file or place in the file: what is wrong</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The file is damaged or is not a registry.pol file. Restore it from a backup, or let the console write a new one.</source>
        <translation>Le fichier est endommagé ou n'est pas un fichier registry.pol. Restaurez-le à partir d'une sauvegarde, ou laissez la console en écrire un nouveau.</translation>
    </message>
    <message>
        <source>The file is damaged or is not the file expected here. Correct it in a text editor at the place shown, or restore it from a backup.</source>
        <translation>Le fichier est endommagé ou n'est pas celui attendu ici. Corrigez-le dans un éditeur de texte à l'endroit indiqué, ou restaurez-le à partir d'une sauvegarde.</translation>
    </message>
    <message>
        <source>Correct the file in a text editor at the place shown, or export it again.</source>
        <translation>Corrigez le fichier dans un éditeur de texte à l'endroit indiqué, ou exportez-le de nouveau.</translation>
    </message>
    <message>
        <source>Correct the value in the console, then try again.</source>
        <translation>Corrigez la valeur dans la console, puis réessayez.</translation>
    </message>
    <message>
        <source>Correct the document at the place shown, or export it again.</source>
        <translation>Corrigez le document à l'endroit indiqué, ou exportez-le de nouveau.</translation>
    </message>
    <message>
        <source>Ask whoever sent the profile for a new copy. Use this one only if you know who changed it and why.</source>
        <translation>Demandez une nouvelle copie à la personne qui a envoyé le profil. N'utilisez celui-ci que si vous savez qui l'a modifié et pourquoi.</translation>
    </message>
    <message>
        <source>The file is not a complete profile. Ask for it again, or open the profile the console saved.</source>
        <translation>Le fichier n'est pas un profil complet. Demandez-le de nouveau, ou ouvrez le profil enregistré par la console.</translation>
    </message>
    <message>
        <source>Correct the value at the place shown, or ask whoever sent the profile for a new copy.</source>
        <translation>Corrigez la valeur à l'endroit indiqué, ou demandez une nouvelle copie à la personne qui a envoyé le profil.</translation>
    </message>
    <message>
        <source>Choose the folder that holds manifest.xml, or the {GUID} folder of one backup.</source>
        <translation>Choisissez le dossier qui contient manifest.xml, ou le dossier {GUID} d'une sauvegarde.</translation>
    </message>
</context>
<context>
    <name>ra::ExplainTextProvider</name>
    <message>
        <source>%1 is not in this folder</source>
        <translation>%1 n'est pas dans ce dossier</translation>
    </message>
    <message>
        <source>no remoteassistance.adml in the language folders %1</source>
        <translation>aucun remoteassistance.adml dans les dossiers de langue %1</translation>
    </message>
    <message>
        <source>Remote Assistance</source>
        <translation>Assistance à distance</translation>
    </message>
</context>
<context>
    <name>ra::FindingText</name>
    <message>
        <source>%1 and %2</source>
        <comment>a list: all items but the last (separated by commas), the last item</comment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>the Remote Desktop exception</source>
        <translation>l'exception Bureau à distance</translation>
    </message>
    <message>
        <source>the %1 exception</source>
        <translation>l'exception « %1 »</translation>
    </message>
    <message>
        <source>"%1" of %2 ("%3") has %4 characters; at most %5 are allowed.</source>
        <translation>« %1 » de « %2 » (« %3 ») compte %4 caractères ; %5 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>"%1" of %2 is not valid UTF-8 text; retype it.</source>
        <translation>« %1 » de « %2 » n'est pas un texte UTF-8 valide ; saisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>"%1" of %2 ("%3") contains a NUL character; Windows would cut the text there. Remove it.</source>
        <translation>« %1 » de « %2 » (« %3 ») contient un caractère NUL ; Windows couperait le texte à cet endroit. Supprimez-le.</translation>
    </message>
    <message>
        <source>"%1" of %2 is %3; it must be between %4 and %5.</source>
        <translation>« %1 » de « %2 » vaut %3 ; la valeur doit être comprise entre %4 et %5.</translation>
    </message>
    <message>
        <source>"%1" of %2 is %3, which is not one of its choices (%4).</source>
        <translation>« %1 » de « %2 » vaut %3, qui ne fait pas partie des choix possibles (%4).</translation>
    </message>
    <message>
        <source>Helper entry %1 is empty; remove the row or enter DOMAIN\Name.</source>
        <translation>L'entrée d'assistant %1 est vide ; supprimez la ligne ou saisissez DOMAINE\Nom.</translation>
    </message>
    <message>
        <source>Helper entry %1 contains only spaces; remove the row or enter DOMAIN\Name.</source>
        <translation>L'entrée d'assistant %1 ne contient que des espaces ; supprimez la ligne ou saisissez DOMAINE\Nom.</translation>
    </message>
    <message>
        <source>Helper entry %1 is not valid UTF-8 text; retype it.</source>
        <translation>L'entrée d'assistant %1 n'est pas un texte UTF-8 valide ; saisissez-la de nouveau.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") starts with a space; remove it, no account name starts with one.</source>
        <translation>L'entrée d'assistant %1 (« %2 ») commence par une espace ; supprimez-la, aucun nom de compte ne commence par une espace.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") ends with a space; remove it, no account name ends with one.</source>
        <translation>L'entrée d'assistant %1 (« %2 ») se termine par une espace ; supprimez-la, aucun nom de compte ne se termine par une espace.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") starts and ends with a space; remove it, no account name starts and ends with one.</source>
        <translation>L'entrée d'assistant %1 (« %2 ») commence et se termine par une espace ; supprimez-les, aucun nom de compte ne commence ni ne se termine par une espace.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") starts with an invisible (non-breaking or zero-width) space; remove it, no account name starts with one.</source>
        <translation>L'entrée d'assistant %1 (« %2 ») commence par une espace invisible (insécable ou sans chasse) ; supprimez-la, aucun nom de compte ne commence par une espace.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") ends with an invisible (non-breaking or zero-width) space; remove it, no account name ends with one.</source>
        <translation>L'entrée d'assistant %1 (« %2 ») se termine par une espace invisible (insécable ou sans chasse) ; supprimez-la, aucun nom de compte ne se termine par une espace.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") starts and ends with an invisible (non-breaking or zero-width) space; remove it, no account name starts and ends with one.</source>
        <translation>L'entrée d'assistant %1 (« %2 ») commence et se termine par des espaces invisibles (insécables ou sans chasse) ; supprimez-les, aucun nom de compte ne commence ni ne se termine par une espace.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") is a security identifier (SID); the helper list expects DOMAIN\Name, so Windows may not recognise it.</source>
        <translation>L'entrée d'assistant %1 (« %2 ») est un identificateur de sécurité (SID) ; la liste des assistants attend DOMAINE\Nom, Windows risque donc de ne pas la reconnaître.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") is a user principal name (user@domain); write it as DOMAIN\Name, for example %3.</source>
        <translation>L'entrée d'assistant %1 (« %2 ») est un nom d'utilisateur principal (utilisateur@domaine) ; écrivez-la sous la forme DOMAINE\Nom, par exemple %3.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") has no domain; write it as DOMAIN\%3 (a local account as COMPUTER\%3).</source>
        <translation>L'entrée d'assistant %1 (« %2 ») n'a pas de domaine ; écrivez-la sous la forme DOMAINE\%3 (un compte local sous la forme ORDINATEUR\%3).</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") has %3 backslashes in a row; use exactly one: %4.</source>
        <translation>L'entrée d'assistant %1 (« %2 ») contient %3 barres obliques inverses consécutives ; n'en utilisez qu'une : %4.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") has nothing before the backslash; put the domain or computer name there.</source>
        <translation>L'entrée d'assistant %1 (« %2 ») n'a rien avant la barre oblique inverse ; placez-y le nom du domaine ou de l'ordinateur.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") has nothing after the backslash; put the user or group name there.</source>
        <translation>L'entrée d'assistant %1 (« %2 ») n'a rien après la barre oblique inverse ; placez-y le nom de l'utilisateur ou du groupe.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") uses the DNS domain name "%3"; the helper list expects the NetBIOS domain name, for example %4.</source>
        <translation>L'entrée d'assistant %1 (« %2 ») utilise le nom de domaine DNS « %3 » ; la liste des assistants attend le nom de domaine NetBIOS, par exemple %4.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") has a domain name of %3 characters; NetBIOS domain and computer names have at most %4.</source>
        <translation>L'entrée d'assistant %1 (« %2 ») a un nom de domaine de %3 caractères ; les noms de domaine et d'ordinateur NetBIOS en comptent au plus %4.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") contains %3, which Windows does not allow in user or group names.</source>
        <translation>L'entrée d'assistant %1 (« %2 ») contient %3, ce que Windows n'autorise pas dans les noms d'utilisateur ou de groupe.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") contains a control character, which Windows does not allow in user or group names.</source>
        <translation>L'entrée d'assistant %1 (« %2 ») contient un caractère de contrôle, ce que Windows n'autorise pas dans les noms d'utilisateur ou de groupe.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") contains %3 and a control character, which Windows does not allow in user or group names.</source>
        <translation>L'entrée d'assistant %1 (« %2 ») contient %3 et un caractère de contrôle, ce que Windows n'autorise pas dans les noms d'utilisateur ou de groupe.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") contains %3 in the domain name, which Windows does not allow there.</source>
        <translation>L'entrée d'assistant %1 (« %2 ») contient %3 dans le nom de domaine, ce que Windows n'y autorise pas.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") contains a control character in the domain name, which Windows does not allow there.</source>
        <translation>L'entrée d'assistant %1 (« %2 ») contient un caractère de contrôle dans le nom de domaine, ce que Windows n'y autorise pas.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") contains %3 and a control character in the domain name, which Windows does not allow there.</source>
        <translation>L'entrée d'assistant %1 (« %2 ») contient %3 et un caractère de contrôle dans le nom de domaine, ce que Windows n'y autorise pas.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") contains %3 in the name, which Windows does not allow in user or group names.</source>
        <translation>L'entrée d'assistant %1 (« %2 ») contient %3 dans le nom, ce que Windows n'autorise pas dans les noms d'utilisateur ou de groupe.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") contains a control character in the name, which Windows does not allow in user or group names.</source>
        <translation>L'entrée d'assistant %1 (« %2 ») contient un caractère de contrôle dans le nom, ce que Windows n'autorise pas dans les noms d'utilisateur ou de groupe.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") contains %3 and a control character in the name, which Windows does not allow in user or group names.</source>
        <translation>L'entrée d'assistant %1 (« %2 ») contient %3 et un caractère de contrôle dans le nom, ce que Windows n'autorise pas dans les noms d'utilisateur ou de groupe.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") ends with a period, which Windows does not allow at the end of a user or group name.</source>
        <translation>L'entrée d'assistant %1 (« %2 ») se termine par un point, ce que Windows n'autorise pas à la fin d'un nom d'utilisateur ou de groupe.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") repeats entry %3 ("%4"); names are compared without regard to case. Remove one of them.</source>
        <translation>L'entrée d'assistant %1 (« %2 ») répète l'entrée %3 (« %4 ») ; les noms sont comparés sans tenir compte de la casse. Supprimez l'une des deux.</translation>
    </message>
    <message>
        <source>Keep it if your organisation accepts the deviation, and record the reason in the policy comment.</source>
        <translation>Conservez ce réglage si votre organisation accepte l'écart, et notez-en la raison dans le commentaire de la stratégie.</translation>
    </message>
    <message>
        <source>Offer Remote Assistance is enabled, but no helper is listed, so nobody is allowed to offer help.</source>
        <translation>L'offre d'assistance à distance est activée, mais aucun assistant n'est listé : personne n'est donc autorisé à offrir de l'aide.</translation>
    </message>
    <message>
        <source>Add the helpdesk group as DOMAIN\Group (for example CORP\Helpdesk), or disable the policy.</source>
        <translation>Ajoutez le groupe de support sous la forme DOMAINE\Groupe (par exemple CORP\Helpdesk), ou désactivez la stratégie.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a Windows version family: its firewall exceptions</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Offer Remote Assistance only works when Windows Firewall allows it in the domain profile of every helped computer. %1.</source>
        <translation>L'offre d'assistance à distance ne fonctionne que si le Pare-feu Windows l'autorise dans le profil de domaine de chaque ordinateur aidé. %1.</translation>
    </message>
    <message>
        <source>Offer Remote Assistance is enabled while Solicited Remote Assistance is disabled; older Windows clients then refuse offered help as well.</source>
        <translation>L'offre d'assistance à distance est activée alors que l'assistance à distance sollicitée est désactivée ; les clients Windows plus anciens refusent alors aussi l'aide offerte.</translation>
    </message>
    <message>
        <source>Enable Solicited Remote Assistance, or leave it Not configured, on computers that must accept offers.</source>
        <translation>Activez l'assistance à distance sollicitée, ou laissez-la non configurée, sur les ordinateurs qui doivent accepter les offres.</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>a policy name in a list of policy names (add quotes here if your language quotes them)</comment>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>The Policy CSP documentation does not list %1 as supported for %2; computers with this edition may ignore it.</source>
        <translation>Selon la documentation du Policy CSP, %2 n'est pas prise en charge par l'édition %1 ; les ordinateurs de cette édition peuvent l'ignorer.</translation>
    </message>
    <message>
        <source>The Policy CSP documentation does not list %1 as supported for %2; computers with this edition may ignore them.</source>
        <translation>Selon la documentation du Policy CSP, %2 ne sont pas prises en charge par l'édition %1 ; les ordinateurs de cette édition peuvent les ignorer.</translation>
    </message>
    <message>
        <source>Check the policy on a %1 computer before relying on it, or remove %1 from the target editions.</source>
        <translation>Vérifiez la stratégie sur un ordinateur équipé de l'édition %1 avant de vous y fier, ou retirez %1 des éditions cibles.</translation>
    </message>
    <message>
        <source>Delivered through MDM, these policies need Windows 10, version %1 (build %2) or later; the oldest target is build %3, which ignores them.</source>
        <translation>Distribuées par MDM, ces stratégies nécessitent Windows 10, version %1 (build %2) ou ultérieure ; la cible la plus ancienne est en build %3, qui les ignore.</translation>
    </message>
    <message>
        <source>Update those computers to version %1 or later, or deliver through Group Policy instead.</source>
        <translation>Mettez à jour ces ordinateurs vers la version %1 ou ultérieure, ou distribuez plutôt les stratégies par stratégie de groupe.</translation>
    </message>
    <message>
        <source>The e-mail method "Mailto" only applies to Windows XP and Windows Server 2003; Windows Vista and later always send invitations through Simple MAPI.</source>
        <translation>La méthode d'envoi « Mailto » ne s'applique qu'à Windows XP et Windows Server 2003 ; Windows Vista et les versions ultérieures envoient toujours les invitations par Simple MAPI.</translation>
    </message>
    <message>
        <source>Nothing to do for current Windows; choose Simple MAPI to state what they do.</source>
        <translation>Rien à faire pour les versions actuelles de Windows ; choisissez Simple MAPI pour refléter leur comportement.</translation>
    </message>
    <message>
        <source>%1 is enabled, but "%2" is empty, so the user sees no explanation at that step.</source>
        <translation>« %1 » est activée, mais « %2 » est vide : l'utilisateur ne voit aucune explication à cette étape.</translation>
    </message>
    <message>
        <source>Write the message, or disable the policy to keep Windows' own warnings.</source>
        <translation>Rédigez le message, ou désactivez la stratégie pour conserver les avertissements de Windows.</translation>
    </message>
    <message>
        <source>Solicited Remote Assistance is enabled; the DISA STIG (WN10-CC-000155) and the CIS benchmark require it to be disabled.</source>
        <translation>L'assistance à distance sollicitée est activée ; le STIG de la DISA (WN10-CC-000155) et le benchmark CIS exigent qu'elle soit désactivée.</translation>
    </message>
    <message>
        <source>Offer Remote Assistance is enabled; the CIS benchmark recommends disabling it.</source>
        <translation>L'offre d'assistance à distance est activée ; le benchmark CIS recommande de la désactiver.</translation>
    </message>
    <message>
        <source>%1 (Not written while the policy is Disabled.)</source>
        <translation>%1 (Non écrit tant que la stratégie est désactivée.)</translation>
    </message>
    <message>
        <source>%1 (Not written while the policy is Not configured.)</source>
        <translation>%1 (Non écrit tant que la stratégie n'est pas configurée.)</translation>
    </message>
    <message>
        <source>Open these exceptions with a firewall policy or the generated netsh or PowerShell commands, then mark them as deployed for these Windows versions.</source>
        <translation>Ouvrez ces exceptions par une stratégie de pare-feu ou avec les commandes netsh ou PowerShell générées, puis marquez-les comme déployées pour ces versions de Windows.</translation>
    </message>
</context>
<context>
    <name>ra::FindingsModel</name>
    <message>
        <source>%1
How to fix: %2</source>
        <translation>%1
Comment corriger : %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Correction</translation>
    </message>
</context>
<context>
    <name>ra::FirewallModel</name>
    <message>
        <source>Windows Vista and later</source>
        <translation>Windows Vista et versions ultérieures</translation>
    </message>
    <message>
        <source>Windows XP SP2 and Windows XP Professional x64 Edition SP1</source>
        <translation>Windows XP SP2 et Windows XP Professionnel Édition x64 SP1</translation>
    </message>
    <message>
        <source>Windows Server 2003 SP1</source>
        <translation>Windows Server 2003 SP1</translation>
    </message>
    <message>
        <source>Remote Desktop exception</source>
        <translation>Exception Bureau à distance</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Exception</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Windows version / exception</source>
        <translation>Version de Windows / exception</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>New-NetFirewallRule needs Windows 8 or Windows Server 2012 or later; use the netsh lines on older versions.</source>
        <translation>New-NetFirewallRule nécessite Windows 8 ou Windows Server 2012 ou version ultérieure ; utilisez les lignes netsh sur les versions plus anciennes.</translation>
    </message>
    <message>
        <source>No PowerShell cmdlet for firewall rules on this version; use the netsh lines.</source>
        <translation>Pas d'applet de commande PowerShell pour les règles de pare-feu sur cette version ; utilisez les lignes netsh.</translation>
    </message>
</context>
<context>
    <name>ra::HelperListModel</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible : %1</translation>
    </message>
</context>
<context>
    <name>ra::NoteText</name>
    <message>
        <source>control entry %1 removed %2 Remote Assistance value(s) set before it</source>
        <translation>l'entrée de contrôle %1 a supprimé des valeurs d'assistance à distance définies avant elle (%2)</translation>
    </message>
    <message>
        <source>duplicate entry %1 (the last one is used)</source>
        <translation>entrée en double %1 (la dernière est utilisée)</translation>
    </message>
    <message>
        <source>control entry %1 was not interpreted</source>
        <translation>l'entrée de contrôle %1 n'a pas été interprétée</translation>
    </message>
    <message>
        <source>%1 of %2 is %3, expected REG_DWORD; policy read as Not configured</source>
        <translation>%1 de %2 est de type %3 au lieu de REG_DWORD ; stratégie lue comme Non configurée</translation>
    </message>
    <message>
        <source>%1 of %2 is %3, neither the enabled nor the disabled value; policy read as Not configured</source>
        <translation>%1 de %2 vaut %3, ni la valeur Activé ni la valeur Désactivé ; stratégie lue comme Non configurée</translation>
    </message>
    <message>
        <source>helper entry "%1" is %2, expected REG_SZ; skipped</source>
        <translation>entrée d'assistant « %1 » de type %2 au lieu de REG_SZ ; ignorée</translation>
    </message>
    <message>
        <source>helper entry "%1" has data "%2"; Windows reads the data, the name should be the same</source>
        <translation>l'entrée d'assistant « %1 » a pour données « %2 » ; Windows lit les données, le nom devrait être identique</translation>
    </message>
    <message>
        <source>%1 of %2 is missing; the editor's default is shown</source>
        <translation>%1 de %2 est absent ; la valeur par défaut de l'éditeur est affichée</translation>
    </message>
    <message>
        <source>%1 of %2 is %3, expected %4</source>
        <translation>%1 de %2 est de type %3 au lieu de %4</translation>
    </message>
    <message>
        <source>%1 of %2 is %3, which is not one of its choices</source>
        <translation>%1 de %2 vaut %3, qui ne fait pas partie des choix possibles</translation>
    </message>
    <message>
        <source>%1 value(s) on %2 ignored: %3 is Disabled</source>
        <translation>%1 valeur(s) sous %2 ignorée(s) : %3 est désactivée</translation>
    </message>
    <message>
        <source>%1 value(s) on %2 ignored: %3 is Not configured</source>
        <translation>%1 valeur(s) sous %2 ignorée(s) : %3 n'est pas configurée</translation>
    </message>
    <message>
        <source>%1 ignored: %2 is Disabled</source>
        <translation>%1 ignoré : %2 est désactivée</translation>
    </message>
    <message>
        <source>%1 ignored: %2 is Not configured</source>
        <translation>%1 ignoré : %2 n'est pas configurée</translation>
    </message>
    <message>
        <source>manifest.xml lists backup %1 ("%2") but its folder is missing</source>
        <translation>manifest.xml répertorie la sauvegarde %1 (« %2 »), mais son dossier est absent</translation>
    </message>
    <message>
        <source>folder %1 has no bkupInfo.xml and was not read</source>
        <translation>le dossier %1 n'a pas de bkupInfo.xml et n'a pas été lu</translation>
    </message>
    <message>
        <source>folder %1 says its ID is %2</source>
        <translation>le dossier %1 indique l'ID %2</translation>
    </message>
    <message>
        <source>bkupInfo.xml is missing; the backup's name and time are unknown</source>
        <translation>bkupInfo.xml est absent ; le nom et la date de la sauvegarde sont inconnus</translation>
    </message>
    <message>
        <source>User/registry.pol has %1 entries; they are not read (the Remote Assistance policies are computer policies)</source>
        <translation>User/registry.pol contient %1 entrées ; elles ne sont pas lues (les stratégies d'assistance à distance sont des stratégies ordinateur)</translation>
    </message>
    <message>
        <source>security settings (GptTmpl.inf) are not read</source>
        <translation>les paramètres de sécurité (GptTmpl.inf) ne sont pas lus</translation>
    </message>
    <message>
        <source>advanced audit settings (audit.csv) are not read</source>
        <translation>les paramètres d'audit avancés (audit.csv) ne sont pas lus</translation>
    </message>
    <message>
        <source>Group Policy Preferences are not read</source>
        <translation>les préférences de stratégie de groupe ne sont pas lues</translation>
    </message>
    <message>
        <source>Backup.xml: expected &lt;GroupPolicyBackupScheme&gt;, found &lt;%1&gt;</source>
        <translation>Backup.xml : &lt;GroupPolicyBackupScheme&gt; attendu, &lt;%1&gt; trouvé</translation>
    </message>
    <message>
        <source>client-side extension %1 %2 is not read</source>
        <translation>l'extension côté client %1 %2 n'est pas lue</translation>
    </message>
    <message>
        <source>Backup.xml is missing; GPMC and Import-GPO need it to import this backup</source>
        <translation>Backup.xml est absent ; la GPMC et Import-GPO en ont besoin pour importer cette sauvegarde</translation>
    </message>
    <message>
        <source>comment.cmtx holds %1 comments on other policies; they are not read</source>
        <translation>comment.cmtx contient %1 commentaires sur d'autres stratégies ; ils ne sont pas lus</translation>
    </message>
    <message>
        <source>%1 is not under HKEY_LOCAL_MACHINE and was skipped</source>
        <translation>%1 n'est pas sous HKEY_LOCAL_MACHINE et a été ignorée</translation>
    </message>
</context>
<context>
    <name>ra::PolicyDocument</name>
    <message>
        <source>Set “%1” to %2</source>
        <translation>Définir « %1 » sur %2</translation>
    </message>
    <message>
        <source>Change “%1” of “%2”</source>
        <translation>Modifier « %1 » de « %2 »</translation>
    </message>
    <message>
        <source>Edit the comment of “%1”</source>
        <translation>Modifier le commentaire de « %1 »</translation>
    </message>
    <message>
        <source>Include “%1” in the profile</source>
        <translation>Inclure « %1 » dans le profil</translation>
    </message>
</context>
<context>
    <name>ra::PolicyTreeModel</name>
    <message>
        <source>Computer Configuration</source>
        <translation>Configuration de l'ordinateur</translation>
    </message>
    <message>
        <source>Administrative Templates</source>
        <translation>Modèles d'administration</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Remote Assistance</source>
        <translation>Assistance à distance</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>%1
Not part of this profile: applying it leaves this policy as it is on the target. Edit it to include it.</source>
        <translation>%1
Ne fait pas partie de ce profil : l'appliquer laisse cette stratégie telle qu'elle est sur la cible. Modifiez-la pour l'inclure.</translation>
    </message>
    <message>
        <source>Not part of this profile</source>
        <translation>Ne fait pas partie de ce profil</translation>
    </message>
</context>
<context>
    <name>ra::SkuTableModel</name>
    <message>
        <source>%1 - %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: not available</source>
        <translation>%1 : non disponible</translation>
    </message>
    <message>
        <source>%1: available – %2</source>
        <translation>%1 : disponible – %2</translation>
    </message>
    <message>
        <source>%1: available</source>
        <translation>%1 : disponible</translation>
    </message>
</context>
<context>
    <name>ra::admx::AdmxReader</name>
    <message>
        <source>the file has no XML root element; expected &lt;%1&gt;</source>
        <translation>le fichier n'a pas d'élément racine XML ; attendu : &lt;%1&gt;</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;; expected &lt;%2&gt;</source>
        <translation>l'élément racine est &lt;%1&gt; ; attendu : &lt;%2&gt;</translation>
    </message>
    <message>
        <source>&lt;%1&gt; has no "%2" attribute</source>
        <translation>&lt;%1&gt; n'a pas d'attribut « %2 »</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not a registry value; expected &lt;decimal&gt;, &lt;longDecimal&gt;, &lt;string&gt; or &lt;delete&gt;</source>
        <translation>&lt;%1&gt; n'est pas une valeur de registre ; attendu : &lt;decimal&gt;, &lt;longDecimal&gt;, &lt;string&gt; ou &lt;delete&gt;</translation>
    </message>
</context>
<context>
    <name>ra::intune::IntuneClient</name>
    <message>
        <source>Signing in to tenant %1 as application %2</source>
        <translation>Connexion au locataire %1 en tant qu'application %2</translation>
    </message>
    <message>
        <source>Looking for the profile "%1"</source>
        <translation>Recherche du profil « %1 »</translation>
    </message>
    <message>
        <source>Reading the profile back to verify it</source>
        <translation>Relecture du profil pour le vérifier</translation>
    </message>
    <message>
        <source>Updating the profile "%1"</source>
        <translation>Mise à jour du profil « %1 »</translation>
    </message>
    <message>
        <source>Creating the profile "%1"</source>
        <translation>Création du profil « %1 »</translation>
    </message>
    <message>
        <source>Listing device configurations</source>
        <translation>Liste des configurations d'appareils</translation>
    </message>
    <message>
        <source>%1; waiting %2 ms before try %3 of %4</source>
        <translation>%1 ; attente de %2 ms avant l'essai %3 sur %4</translation>
    </message>
    <message>
        <source>updated the profile "%1" (id %2): %3 Remote Assistance settings, %4 other settings kept</source>
        <translation>profil « %1 » (ID %2) mis à jour : %3 paramètres d'assistance à distance, %4 autres paramètres conservés</translation>
    </message>
    <message>
        <source>read the profile back: it matches</source>
        <translation>profil relu : il correspond</translation>
    </message>
    <message>
        <source>every policy is Not configured and there is no profile "%1": nothing to do</source>
        <translation>toutes les stratégies sont non configurées et il n'existe pas de profil « %1 » : rien à faire</translation>
    </message>
    <message>
        <source>created the profile "%1" (id %2) with %3 Remote Assistance settings</source>
        <translation>profil « %1 » (ID %2) créé avec %3 paramètres d'assistance à distance</translation>
    </message>
    <message>
        <source>Connected to tenant %1; the profile "%2" exists (id %3).</source>
        <translation>Connecté au locataire %1 ; le profil « %2 » existe (ID %3).</translation>
    </message>
    <message>
        <source>Connected to tenant %1; the profile "%2" does not exist yet and will be created on the first push.</source>
        <translation>Connecté au locataire %1 ; le profil « %2 » n'existe pas encore et sera créé lors du premier envoi.</translation>
    </message>
</context>
<context>
    <name>ra::ui::AboutDialog</name>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>KDE Frameworks %1 (KItemModels)</source>
        <translation>KDE Frameworks %1 (KItemModels)</translation>
    </message>
    <message>
        <source>QtKeychain %1</source>
        <translation>QtKeychain %1</translation>
    </message>
    <message>
        <source>About Remote Assistance Policy Console</source>
        <translation>À propos de la console des stratégies d'assistance à distance</translation>
    </message>
    <message>
        <source>Application icon</source>
        <translation>Icône de l'application</translation>
    </message>
    <message>
        <source>Remote Assistance Policy Console</source>
        <translation>Console des stratégies d'assistance à distance</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Configure the four Windows Remote Assistance policies and deliver them to the registry, Group Policy, or MDM.</source>
        <translation>Configure les quatre stratégies d'assistance à distance de Windows et les déploie dans le registre, par stratégie de groupe ou par MDM.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Library versions</source>
        <translation>Versions des bibliothèques</translation>
    </message>
</context>
<context>
    <name>ra::ui::ApplyWorker</name>
    <message>
        <source>Writing %1</source>
        <translation>Écriture de %1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>Updating %1</source>
        <translation>Mise à jour de %1</translation>
    </message>
    <message>
        <source>Writing the backup to %1</source>
        <translation>Écriture de la sauvegarde dans %1</translation>
    </message>
    <message>
        <source>Writing %1 registry change</source>
        <translation>Écriture de %1 modification du registre</translation>
    </message>
    <message>
        <source>Writing %1 registry changes</source>
        <translation>Écriture de %1 modifications du registre</translation>
    </message>
    <message>
        <source>Updating the Local Group Policy object</source>
        <translation>Mise à jour de l'objet de stratégie de groupe local</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Wrote %1 Remote Assistance entries to %2 (replaced %3, kept %4 entries of other policies)</source>
        <translation>%1 entrées d'assistance à distance écrites dans %2 (%3 remplacées, %4 entrées d'autres stratégies conservées)</translation>
    </message>
    <message>
        <source>Wrote backup %1 ("%2", %3) to %4</source>
        <translation>Sauvegarde %1 (« %2 », %3) écrite dans %4</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 créé</translation>
    </message>
    <message>
        <source>Added the backup to %1</source>
        <translation>Sauvegarde ajoutée à %1</translation>
    </message>
    <message>
        <source>wrote %1 (%2 key blocks); import it on the machine with: reg import "%3"</source>
        <translation>%1 écrit (%2 blocs de clés) ; importez-le sur l'ordinateur avec : reg import "%3"</translation>
    </message>
    <message>
        <source>Updated %1: %2 Remote Assistance entries, %3 other entries kept</source>
        <translation>%1 mis à jour : %2 entrées d'assistance à distance, %3 autres entrées conservées</translation>
    </message>
    <message>
        <source>Updated %1 (machine version and Registry extension)</source>
        <translation>%1 mis à jour (version ordinateur et extension Registre)</translation>
    </message>
    <message>
        <source>wrote %1 (%2 bytes, %3 Replace, %4 Delete)</source>
        <translation>%1 écrit (%2 octets, %3 Replace, %4 Delete)</translation>
    </message>
    <message>
        <source>Wrote %1 LGPO records to %2</source>
        <translation>%1 enregistrements LGPO écrits dans %2</translation>
    </message>
    <message>
        <source>wrote %1 (%2 bytes, %3 OMA-URI settings)</source>
        <translation>%1 écrit (%2 octets, %3 paramètres OMA-URI)</translation>
    </message>
    <message>
        <source>updated the Local Group Policy object %1 (%2 entries of these policies, %3 of other policies kept) and its gpt.ini</source>
        <translation>objet de stratégie de groupe local %1 (%2 entrées de ces stratégies, %3 d'autres stratégies conservées) et son gpt.ini mis à jour</translation>
    </message>
    <message>
        <source>Note: duplicate value %1 (%2 times; the last one applies)</source>
        <translation>Remarque : valeur en double %1 (%2 fois ; la dernière s’applique)</translation>
    </message>
</context>
<context>
    <name>ra::ui::BackendFactory</name>
    <message>
        <source>The local registry target is not part of this build.</source>
        <translation>La cible « registre local » n'est pas incluse dans cette version.</translation>
    </message>
    <message>
        <source>The local registry is the Windows registry of the computer the console runs on; this computer does not run Windows. Export a .reg file instead and import it on the Windows computer with "reg import" or by double-clicking it.</source>
        <translation>Le registre local est le registre Windows de l'ordinateur qui exécute la console ; cet ordinateur n'exécute pas Windows. Exportez plutôt un fichier .reg et importez-le sur l'ordinateur Windows avec « reg import » ou par un double-clic.</translation>
    </message>
    <message>
        <source>Intune delivery is not part of this build yet; export SyncML or Graph JSON and upload it in the Intune admin center.</source>
        <translation>Le déploiement Intune n'est pas encore inclus dans cette version ; exportez du SyncML ou du JSON Graph et chargez-le dans le centre d'administration Intune.</translation>
    </message>
    <message>
        <source>This target is not part of this build.</source>
        <translation>Cette cible n'est pas incluse dans cette version.</translation>
    </message>
    <message>
        <source>Registry files (*.reg)</source>
        <translation>Fichiers de registre (*.reg)</translation>
    </message>
    <message>
        <source>SyncML files (*.xml *.syncml)</source>
        <translation>Fichiers SyncML (*.xml *.syncml)</translation>
    </message>
    <message>
        <source>Local registry (Windows)</source>
        <translation>Registre local (Windows)</translation>
    </message>
    <message>
        <source>.reg file</source>
        <translation>Fichier .reg</translation>
    </message>
    <message>
        <source>Local GPO folder</source>
        <translation>Dossier de GPO locale</translation>
    </message>
    <message>
        <source>GPO backup folder</source>
        <translation>Dossier de sauvegarde de GPO</translation>
    </message>
    <message>
        <source>SyncML file</source>
        <translation>Fichier SyncML</translation>
    </message>
    <message>
        <source>Microsoft Intune</source>
        <translation>Microsoft Intune</translation>
    </message>
    <message>
        <source>Choose a target folder first.</source>
        <translation>Choisissez d'abord un dossier cible.</translation>
    </message>
    <message>
        <source>Choose a target file first.</source>
        <translation>Choisissez d'abord un fichier cible.</translation>
    </message>
</context>
<context>
    <name>ra::ui::BackendsPanel</name>
    <message>
        <source>Test the connection to Intune</source>
        <translation>Tester la connexion à Intune</translation>
    </message>
    <message>
        <source>Connection test not started: %1</source>
        <translation>Test de connexion non lancé : %1</translation>
    </message>
    <message>
        <source>Testing the connection to Intune…</source>
        <translation>Test de la connexion à Intune…</translation>
    </message>
    <message>
        <source>Connection OK: %1</source>
        <translation>Connexion réussie : %1</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
    <message>
        <source>Choose the target folder</source>
        <translation>Choisir le dossier cible</translation>
    </message>
    <message>
        <source>Choose the target file</source>
        <translation>Choisir le fichier cible</translation>
    </message>
    <message>
        <source>Nothing to preview: the target would not change.</source>
        <translation>Rien à prévisualiser : la cible ne changerait pas.</translation>
    </message>
    <message>
        <source>Preview failed: %1</source>
        <translation>Échec de l'aperçu : %1</translation>
    </message>
    <message>
        <source>Not applied: the configuration has errors. Fix the errors listed in the Findings panel, then apply again.</source>
        <translation>Non appliqué : la configuration contient des erreurs. Corrigez les erreurs du panneau Constats, puis appliquez de nouveau.</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Non appliqué : %1</translation>
    </message>
    <message>
        <source>Applying to %1 %2…</source>
        <translation>Application à %1 %2…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Done: the target was updated.</source>
        <translation>Terminé : la cible a été mise à jour.</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message>
        <source>nothing was changed.</source>
        <translation>rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>Appliqué.</translation>
    </message>
    <message>
        <source>Not applied.</source>
        <translation>Non appliqué.</translation>
    </message>
    <message>
        <source>&amp;Deliver to:</source>
        <translation>&amp;Déployer vers :</translation>
    </message>
    <message>
        <source>Delivery target</source>
        <translation>Cible du déploiement</translation>
    </message>
    <message>
        <source>Target path</source>
        <translation>Chemin cible</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Browse for the target</source>
        <translation>Rechercher la cible</translation>
    </message>
    <message>
        <source>Target not available</source>
        <translation>Cible non disponible</translation>
    </message>
    <message>
        <source>Export a .reg file instead</source>
        <translation>Exporter un fichier .reg à la place</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>ID de locataire</translation>
    </message>
    <message>
        <source>A&amp;pplication (client) ID:</source>
        <translation>ID d'a&amp;pplication (client) :</translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation>ID d'application</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nom du profil :</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Remote Assistance</source>
        <translation>Assistance à distance</translation>
    </message>
    <message>
        <source>The client secret is kept in the system keychain; set it in Settings.</source>
        <translation>Le secret client est conservé dans le trousseau du système ; définissez-le dans les Paramètres.</translation>
    </message>
    <message>
        <source>&amp;GPO name:</source>
        <translation>Nom de la &amp;GPO :</translation>
    </message>
    <message>
        <source>GPO name</source>
        <translation>Nom de la GPO</translation>
    </message>
    <message>
        <source>Do&amp;main:</source>
        <translation>Domai&amp;ne :</translation>
    </message>
    <message>
        <source>corp.example.com (optional)</source>
        <translation>corp.example.com (facultatif)</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Preview changes</source>
        <translation>Aperçu des modifications</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Appli&amp;quer</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Annule&amp;r</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Result &amp;log:</source>
        <translation>&amp;Journal des résultats :</translation>
    </message>
    <message>
        <source>Result log</source>
        <translation>Journal des résultats</translation>
    </message>
    <message>
        <source>Target f&amp;older:</source>
        <translation>Dossier &amp;cible :</translation>
    </message>
    <message>
        <source>Target f&amp;ile:</source>
        <translation>Fichier &amp;cible :</translation>
    </message>
    <message>
        <source>Export a .reg file &amp;instead</source>
        <translation>E&amp;xporter un fichier .reg à la place</translation>
    </message>
    <message>
        <source>Tenant &amp;ID:</source>
        <translation>ID de &amp;locataire :</translation>
    </message>
    <message>
        <source>Te&amp;st connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>P&amp;review Changes</source>
        <translation>Aperçu des &amp;modifications</translation>
    </message>
    <message>
        <source>Out of date: the configuration or the target changed after this preview. It is refreshed when this page is shown; Apply writes the current configuration.</source>
        <translation>Obsolète : la configuration ou la cible a changé après cet aperçu. Il est actualisé à l’affichage de cette page ; « Appliquer » écrit la configuration actuelle.</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Pas d’aperçu : %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Cible : %1</translation>
    </message>
    <message>
        <source>Reading the target's current settings…</source>
        <translation>Lecture des paramètres actuels de la cible…</translation>
    </message>
    <message>
        <source>The target's current settings could not be read: %1</source>
        <translation>Les paramètres actuels de la cible n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>The target has no Remote Assistance settings yet; Apply writes all of them.</source>
        <translation>La cible n’a encore aucun paramètre d’assistance à distance ; « Appliquer » les écrit tous.</translation>
    </message>
    <message>
        <source>The target already has these settings; Apply changes no policy.</source>
        <translation>La cible a déjà ces paramètres ; « Appliquer » ne modifie aucune stratégie.</translation>
    </message>
    <message>
        <source>These settings change on the target (now → after Apply):</source>
        <translation>Ces paramètres changent sur la cible (actuellement → après application) :</translation>
    </message>
    <message>
        <source>What Apply writes:</source>
        <translation>Ce qu’« Appliquer » écrit :</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>non comparé</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1 : %2</translation>
    </message>
    <message>
        <source>Reading the profile "%1" from Intune…</source>
        <translation>Lecture du profil « %1 » depuis Intune…</translation>
    </message>
    <message>
        <source>Intune could not be read: %1. The right side shows what Apply would send; check the settings with Test connection.</source>
        <translation>Intune n’a pas pu être lu : %1. La partie droite montre ce qu’« Appliquer » enverrait ; vérifiez les paramètres avec « Tester la connexion ».</translation>
    </message>
    <message>
        <source>The profile "%1" does not exist in Intune yet; Apply creates it.</source>
        <translation>Le profil « %1 » n’existe pas encore dans Intune ; « Appliquer » le crée.</translation>
    </message>
    <message>
        <source>The Remote Assistance settings of the Intune profile "%1", shown as the request body that sets them.</source>
        <translation>Les paramètres d’assistance à distance du profil Intune « %1 », présentés comme le corps de requête qui les définit.</translation>
    </message>
    <message>
        <source>Write to This Computer's Registry</source>
        <translation>Écrire dans le registre de cet ordinateur</translation>
    </message>
    <message>
        <source>Apply writes the Remote Assistance policies to the registry of this computer (HKEY_LOCAL_MACHINE) and to its Local Group Policy object. Windows uses them at the next policy refresh, and helpers may connect according to them.</source>
        <translation>« Appliquer » écrit les stratégies d’assistance à distance dans le registre de cet ordinateur (HKEY_LOCAL_MACHINE) et dans son objet de stratégie de groupe locale. Windows les utilise à la prochaine actualisation des stratégies, et les assistants peuvent se connecter selon elles.</translation>
    </message>
    <message>
        <source>Check the preview first. Write the registry now?</source>
        <translation>Vérifiez d’abord l’aperçu. Écrire le registre maintenant ?</translation>
    </message>
    <message>
        <source>&amp;Write to the Registry</source>
        <translation>&amp;Écrire dans le registre</translation>
    </message>
    <message>
        <source>Do&amp;n't Write</source>
        <translation>&amp;Ne pas écrire</translation>
    </message>
    <message>
        <source>Not applied: you chose not to write the registry of this computer.</source>
        <translation>Non appliqué : vous avez choisi de ne pas écrire le registre de cet ordinateur.</translation>
    </message>
    <message>
        <source>What the target holds now and what Apply would write, with their differences:</source>
        <translation>Ce que contient la cible et ce qu’« Appliquer » écrirait, avec leurs différences :</translation>
    </message>
</context>
<context>
    <name>ra::ui::ConfigurationLoader</name>
    <message numerus="yes">
        <source>%n entries of other policies were left aside.</source>
        <translation><numerusform>%n entrée d'autres stratégies a été laissée de côté.</numerusform><numerusform>%n entrées d'autres stratégies ont été laissées de côté.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate entries: the last one wins, as on Windows.</source>
        <translation><numerusform>%n entrée en double : la dernière l’emporte, comme sous Windows.</numerusform><numerusform>%n entrées en double : la dernière l’emporte, comme sous Windows.</numerusform></translation>
    </message>
    <message>
        <source>All supported files (*.json *.pol *.reg *.txt);;Profiles (*.json);;Group Policy registry files (registry.pol *.pol);;Registry files (*.reg);;LGPO text (*.txt);;All files (*)</source>
        <translation>Tous les fichiers pris en charge (*.json *.pol *.reg *.txt);;Profils (*.json);;Fichiers de registre de stratégie de groupe (registry.pol *.pol);;Fichiers de registre (*.reg);;Texte LGPO (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Read the backup "%1" of %2.</source>
        <translation>Sauvegarde « %1 » du %2 lue.</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>le fichier n'existe pas.</translation>
    </message>
    <message>
        <source>The profile has no valid SHA-256: it may have been changed after it was written.</source>
        <translation>Le profil n'a pas de SHA-256 valide : il a peut-être été modifié après son écriture.</translation>
    </message>
    <message>
        <source>unknown file type; the console opens profiles (.json), registry.pol, GPO backup folders, .reg files and LGPO text (.txt).</source>
        <translation>type de fichier inconnu ; la console ouvre les profils (.json), registry.pol, les dossiers de sauvegarde de GPO, les fichiers .reg et le texte LGPO (.txt).</translation>
    </message>
</context>
<context>
    <name>ra::ui::DeploymentTargetEditor</name>
    <message>
        <source>Change the target Windows versions</source>
        <translation>Modifier les versions de Windows cibles</translation>
    </message>
    <message>
        <source>Change the target editions</source>
        <translation>Modifier les éditions cibles</translation>
    </message>
    <message>
        <source>Change the oldest target build</source>
        <translation>Modifier le build cible le plus ancien</translation>
    </message>
    <message>
        <source>&amp;Windows versions of the helped computers:</source>
        <translation>&amp;Versions de Windows des ordinateurs aidés :</translation>
    </message>
    <message>
        <source>Target Windows versions</source>
        <translation>Versions de Windows cibles</translation>
    </message>
    <message>
        <source>Edition&amp;s:</source>
        <translation>Éditio&amp;ns :</translation>
    </message>
    <message>
        <source>Target editions</source>
        <translation>Éditions cibles</translation>
    </message>
    <message>
        <source>Oldest Windows 10/11 &amp;build:</source>
        <translation>&amp;Build Windows 10/11 le plus ancien :</translation>
    </message>
    <message>
        <source>Oldest Windows 10/11 build</source>
        <translation>Build Windows 10/11 le plus ancien</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <source>For example %1 for Windows 10, version %2.</source>
        <translation>Par exemple %1 pour Windows 10, version %2.</translation>
    </message>
    <message>
        <source>Delivery: through MDM (Policy CSP), as chosen on the Deliver page (Intune or SyncML).</source>
        <translation>Diffusion : par la MDM (Policy CSP), comme choisi sur la page Déployer (Intune ou SyncML).</translation>
    </message>
    <message>
        <source>Delivery: Group Policy or the registry, as chosen on the Deliver page. With Intune or SyncML, the builds MDM needs are checked too.</source>
        <translation>Diffusion : stratégie de groupe ou registre, comme choisi sur la page Déployer. Avec Intune ou SyncML, les builds dont la MDM a besoin sont aussi vérifiés.</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Diffusion</translation>
    </message>
</context>
<context>
    <name>ra::ui::DocumentPropertiesDialog</name>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>A&amp;uteur :</translation>
    </message>
    <message>
        <source>Co&amp;mputer:</source>
        <translation>&amp;Ordinateur :</translation>
    </message>
    <message>
        <source>&amp;Written with:</source>
        <translation>Écrit a&amp;vec :</translation>
    </message>
    <message>
        <source>C&amp;reated:</source>
        <translation>&amp;Créé le :</translation>
    </message>
    <message>
        <source>Last c&amp;hanged:</source>
        <translation>&amp;Modifié le :</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Written with</source>
        <translation>Écrit avec</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>A new configuration, not saved yet</source>
        <translation>Une nouvelle configuration, pas encore enregistrée</translation>
    </message>
    <message>
        <source>The configuration was not opened from a profile: there is no author, computer or history to show. Saving it as a profile records them.</source>
        <translation>La configuration n'a pas été ouverte depuis un profil : il n'y a ni auteur, ni ordinateur, ni historique à afficher. L'enregistrer en tant que profil les consigne.</translation>
    </message>
    <message>
        <source>Polic&amp;ies:</source>
        <translation>Stratég&amp;ies :</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Stratégies</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>In this profile</source>
        <translation>Dans ce profil</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Not part of this profile</source>
        <translation>Ne fait pas partie de ce profil</translation>
    </message>
</context>
<context>
    <name>ra::ui::ExportDialog</name>
    <message>
        <source>Export for Colleagues</source>
        <translation>Exporter pour les collègues</translation>
    </message>
    <message>
        <source>Policies to export</source>
        <translation>Stratégies à exporter</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Tout &amp;cocher</translation>
    </message>
    <message>
        <source>Tick &amp;configured</source>
        <translation>Cocher les c&amp;onfigurées</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>&amp;Rien cocher</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>A&amp;uteur :</translation>
    </message>
    <message>
        <source>The profile records the author, this computer's name, the product version and the time, and a SHA-256 that shows later changes.</source>
        <translation>Le profil enregistre l'auteur, le nom de cet ordinateur, la version du produit et l'heure, ainsi qu'un SHA-256 qui révèle les modifications ultérieures.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Tick the policies the profile is about. A ticked policy that is Not configured removes that policy where the profile is applied; policies left unticked are left alone.</source>
        <translation>Cochez les &amp;stratégies concernées par le profil. Une stratégie cochée et non configurée est supprimée là où le profil est appliqué ; les stratégies non cochées restent inchangées.</translation>
    </message>
</context>
<context>
    <name>ra::ui::FindingsPanel</name>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème détecté.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation><numerusform>%n erreur</numerusform><numerusform>%n erreurs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n avertissement</numerusform><numerusform>%n avertissements</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation><numerusform>%n remarque</numerusform><numerusform>%n remarques</numerusform></translation>
    </message>
    <message>
        <source>press Enter on a finding to go to the field.</source>
        <translation>Entrée sur un constat mène au champ.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Findings summary</source>
        <translation>Résumé des constats</translation>
    </message>
</context>
<context>
    <name>ra::ui::FirewallView</name>
    <message>
        <source>netsh lines copied.</source>
        <translation>Lignes netsh copiées.</translation>
    </message>
    <message>
        <source>PowerShell lines copied.</source>
        <translation>Lignes PowerShell copiées.</translation>
    </message>
    <message>
        <source>PowerShell (run as administrator):</source>
        <translation>PowerShell (exécuter en tant qu'administrateur) :</translation>
    </message>
    <message>
        <source>netsh (run in an elevated command prompt):</source>
        <translation>netsh (exécuter dans une invite de commandes élevée) :</translation>
    </message>
    <message>
        <source>Tick at least one Windows version above.</source>
        <translation>Cochez au moins une version de Windows ci-dessus.</translation>
    </message>
    <message>
        <source>Firewall exceptions per Windows version</source>
        <translation>Exceptions de pare-feu par version de Windows</translation>
    </message>
    <message>
        <source>Copy &amp;netsh</source>
        <translation>Copier &amp;netsh</translation>
    </message>
    <message>
        <source>Copy netsh commands</source>
        <translation>Copier les commandes netsh</translation>
    </message>
    <message>
        <source>Copy &amp;PowerShell</source>
        <translation>Copier &amp;PowerShell</translation>
    </message>
    <message>
        <source>Copy PowerShell commands</source>
        <translation>Copier les commandes PowerShell</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>État de la copie</translation>
    </message>
    <message>
        <source>Change the target Windows versions</source>
        <translation>Modifier les versions de Windows cibles</translation>
    </message>
    <message>
        <source>Confirm the firewall exceptions as deployed</source>
        <translation>Confirmer le déploiement des exceptions de pare-feu</translation>
    </message>
    <message>
        <source>Withdraw the firewall confirmation</source>
        <translation>Retirer la confirmation du pare-feu</translation>
    </message>
    <message>
        <source>None of the ticked Windows versions has a PowerShell cmdlet for firewall rules.</source>
        <translation>Aucune des versions de Windows cochées n'a d'applet de commande PowerShell pour les règles de pare-feu.</translation>
    </message>
    <message>
        <source>Offer Remote Assistance reaches the computer through the Windows Firewall of the domain profile. Tick the &amp;Windows versions of the helped computers to get the exceptions they need as commands.</source>
        <translation>L'offre d'assistance à distance atteint l'ordinateur à travers le Pare-feu Windows du profil de domaine. Cochez les &amp;versions de Windows des ordinateurs aidés pour obtenir les exceptions nécessaires sous forme de commandes.</translation>
    </message>
    <message>
        <source>Windows XP SP2 and Windows Server 2003 SP1 have neither netsh advfirewall nor a PowerShell cmdlet: their lines use netsh firewall, and PowerShell only names them. New-NetFirewallRule needs Windows 8 or Windows Server 2012 or later.</source>
        <translation>Windows XP SP2 et Windows Server 2003 SP1 n'ont ni netsh advfirewall ni applet de commande PowerShell : leurs lignes utilisent netsh firewall, et PowerShell ne fait que les nommer. New-NetFirewallRule nécessite Windows 8 ou Windows Server 2012 ou version ultérieure.</translation>
    </message>
    <message>
        <source>The exceptions of the ticked Windows versions are &amp;deployed on their computers</source>
        <translation>Les exceptions des versions de Windows cochées sont &amp;déployées sur leurs ordinateurs</translation>
    </message>
    <message>
        <source>Firewall exceptions deployed</source>
        <translation>Exceptions de pare-feu déployées</translation>
    </message>
</context>
<context>
    <name>ra::ui::HelperListEditor</name>
    <message>
        <source>Import helpers</source>
        <translation>Importer des assistants</translation>
    </message>
    <message>
        <source>Text and CSV files (*.txt *.csv);;All files (*)</source>
        <translation>Fichiers texte et CSV (*.txt *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 contains no helper entries.</source>
        <translation>%1 ne contient aucune entrée d'assistant.</translation>
    </message>
    <message numerus="yes">
        <source>%n helper(s), all valid.</source>
        <translation><numerusform>%n assistant, valide.</numerusform><numerusform>%n assistants, tous valides.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n helper(s)</source>
        <translation><numerusform>%n assistant</numerusform><numerusform>%n assistants</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n invalid: see the marked rows.</source>
        <translation><numerusform>%n non valide : voir les lignes marquées.</numerusform><numerusform>%n non valides : voir les lignes marquées.</numerusform></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Add a helper (Insert)</source>
        <translation>Ajouter un assistant (Inser)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected helpers (Delete)</source>
        <translation>Supprimer les assistants sélectionnés (Suppr)</translation>
    </message>
    <message>
        <source>&amp;Paste lines</source>
        <translation>Coller des &amp;lignes</translation>
    </message>
    <message>
        <source>Add every line of the clipboard as a helper (Ctrl+V)</source>
        <translation>Ajouter chaque ligne du presse-papiers comme assistant (Ctrl+V)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>I&amp;mporter…</translation>
    </message>
    <message>
        <source>Add the helpers of a text or CSV file (first column)</source>
        <translation>Ajouter les assistants d'un fichier texte ou CSV (première colonne)</translation>
    </message>
    <message>
        <source>Sort the helpers alphabetically</source>
        <translation>Trier les assistants par ordre alphabétique</translation>
    </message>
    <message>
        <source>Helper list status</source>
        <translation>État de la liste des assistants</translation>
    </message>
    <message>
        <source>&amp;Sort</source>
        <translation>&amp;Trier</translation>
    </message>
</context>
<context>
    <name>ra::ui::MainWindow</name>
    <message>
        <source>Applied to the target.</source>
        <translation>Appliqué à la cible.</translation>
    </message>
    <message>
        <source>Not applied: see the result log.</source>
        <translation>Non appliqué : voir le journal des résultats.</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Stratégies</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Pare-feu</translation>
    </message>
    <message>
        <source>Helpdesk Readiness</source>
        <translation>Préparation du support</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Déployer</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Arborescence</translation>
    </message>
    <message>
        <source>All Settings</source>
        <translation>Tous les paramètres</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Policy tree</source>
        <translation>Arborescence des stratégies</translation>
    </message>
    <message>
        <source>All settings</source>
        <translation>Tous les paramètres</translation>
    </message>
    <message>
        <source>Search names, CSP and GP names, registry values, help…</source>
        <translation>Rechercher noms, noms CSP et GP, valeurs de registre, aide…</translation>
    </message>
    <message>
        <source>Search settings</source>
        <translation>Rechercher dans les paramètres</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d'outils principale</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Start a new configuration</source>
        <translation>Commencer une nouvelle configuration</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a profile, registry.pol, .reg or LGPO text file</source>
        <translation>Ouvrir un profil, un registry.pol, un fichier .reg ou du texte LGPO</translation>
    </message>
    <message>
        <source>Open GPO &amp;Backup Folder…</source>
        <translation>Ouvrir un &amp;dossier de sauvegarde de GPO…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Export for Colleagues…</source>
        <translation>E&amp;xporter pour les collègues…</translation>
    </message>
    <message>
        <source>Export Sync&amp;ML…</source>
        <translation>Exporter en Sync&amp;ML…</translation>
    </message>
    <message>
        <source>Export &amp;Graph JSON…</source>
        <translation>Exporter en JSON &amp;Graph…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Previous Setting</source>
        <translation>Paramètre &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Next Setting</source>
        <translation>Paramètre &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Firewall</source>
        <translation>Pare-&amp;feu</translation>
    </message>
    <message>
        <source>Helpdesk &amp;Readiness</source>
        <translation>P&amp;réparation du support</translation>
    </message>
    <message>
        <source>&amp;Deliver</source>
        <translation>&amp;Déployer</translation>
    </message>
    <message>
        <source>F&amp;indings Panel</source>
        <translation>Panneau des &amp;constats</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;About Remote Assistance Policy Console</source>
        <translation>À &amp;propos de la console des stratégies d'assistance à distance</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>%1[*] — Remote Assistance Policy Console</source>
        <translation>%1[*] — Console des stratégies d'assistance à distance</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The configuration has changes that are not saved. Save them first?</source>
        <translation>La configuration contient des modifications non enregistrées. Les enregistrer d'abord ?</translation>
    </message>
    <message>
        <source>New configuration.</source>
        <translation>Nouvelle configuration.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open GPO Backup Folder</source>
        <translation>Ouvrir un dossier de sauvegarde de GPO</translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation>Impossible d'ouvrir</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 ouvert.</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Impossible d'enregistrer</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>Profils (*.json)</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Impossible d'exporter</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exporté.</translation>
    </message>
    <message>
        <source>Export for Colleagues</source>
        <translation>Exporter pour les collègues</translation>
    </message>
    <message>
        <source>Export SyncML</source>
        <translation>Exporter en SyncML</translation>
    </message>
    <message>
        <source>SyncML files (*.xml)</source>
        <translation>Fichiers SyncML (*.xml)</translation>
    </message>
    <message>
        <source>Export Graph JSON</source>
        <translation>Exporter en JSON Graph</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>a new configuration</source>
        <translation>une nouvelle configuration</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>The console was closed without saving %1 (last change %2). Restore that work?</source>
        <translation>La console a été fermée sans enregistrer %1 (dernière modification %2). Restaurer ce travail ?</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>Unsaved work restored; save it to keep it.</source>
        <translation>Travail non enregistré restauré ; enregistrez-le pour le conserver.</translation>
    </message>
    <message>
        <source>Wait for the apply to finish or cancel it first.</source>
        <translation>Attendez la fin de l'application ou annulez-la d'abord.</translation>
    </message>
    <message>
        <source>P&amp;olicies</source>
        <translation>S&amp;tratégies</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <source>Merge Profile &amp;Into Current Work…</source>
        <translation>Fus&amp;ionner un profil avec le travail en cours…</translation>
    </message>
    <message>
        <source>Set the policies of a profile in the current work, as one undo step</source>
        <translation>Appliquer les stratégies d'un profil au travail en cours, en une étape d'annulation</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Propriétés…</translation>
    </message>
    <message>
        <source>Where the configuration comes from: author, computer, product version, dates</source>
        <translation>D'où vient la configuration : auteur, ordinateur, version du produit, dates</translation>
    </message>
    <message>
        <source>%1

Remove it from the recent files?</source>
        <translation>%1

Le retirer des fichiers récents ?</translation>
    </message>
    <message>
        <source>Removed %1 from the recent files.</source>
        <translation>%1 a été retiré des fichiers récents.</translation>
    </message>
    <message>
        <source>Written by %1 on %2, last changed %3 (File &gt; Properties).</source>
        <translation>Écrit par %1 sur %2, modifié le %3 (Fichier &gt; Propriétés).</translation>
    </message>
    <message numerus="yes">
        <source>%n policies are not part of this profile and are left alone.</source>
        <translation><numerusform>%n stratégie ne fait pas partie de ce profil et reste telle quelle.</numerusform><numerusform>%n stratégies ne font pas partie de ce profil et restent telles quelles.</numerusform></translation>
    </message>
    <message>
        <source>Merge Profile Into Current Work</source>
        <translation>Fusionner un profil avec le travail en cours</translation>
    </message>
    <message>
        <source>only profiles (.json) can be merged into the current work; open other files with File &gt; Open.</source>
        <translation>seuls les profils (.json) peuvent être fusionnés avec le travail en cours ; ouvrez les autres fichiers avec Fichier &gt; Ouvrir.</translation>
    </message>
    <message>
        <source>Cannot Merge</source>
        <translation>Fusion impossible</translation>
    </message>
    <message>
        <source>Nothing to merge: %1 has the same settings as the current work.</source>
        <translation>Rien à fusionner : %1 a les mêmes paramètres que le travail en cours.</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>Fusionner %1</translation>
    </message>
    <message>
        <source>Merged %1 into the current work; Undo takes it back.</source>
        <translation>%1 a été fusionné avec le travail en cours ; Annuler le défait.</translation>
    </message>
    <message numerus="yes">
        <source>%n more sessions also left unsaved work; the console offers them the next time it starts.</source>
        <translation><numerusform>%n autre session a aussi laissé du travail non enregistré ; la console le proposera au prochain démarrage.</numerusform><numerusform>%n autres sessions ont aussi laissé du travail non enregistré ; la console les proposera au prochain démarrage.</numerusform></translation>
    </message>
    <message>
        <source>Unsaved work restored; save it to keep it. %1 cannot be read any more, so Undo goes back to an empty configuration.</source>
        <translation>Travail non enregistré restauré ; enregistrez-le pour le conserver. %1 ne peut plus être lu : Annuler revient donc à une configuration vide.</translation>
    </message>
    <message>
        <source>Recover the deployment target</source>
        <translation>Restaurer la cible du déploiement</translation>
    </message>
    <message>
        <source>&amp;Offer Remote Assistance to…</source>
        <translation>&amp;Offrir l'assistance à distance à…</translation>
    </message>
    <message>
        <source>Enter the computer to help on the Helpdesk Readiness page</source>
        <translation>Saisir l'ordinateur à aider sur la page Préparation du support</translation>
    </message>
</context>
<context>
    <name>ra::ui::MessageEditor</name>
    <message>
        <source>Preview: what the person being helped reads</source>
        <translation>Aperçu : ce que lit la personne aidée</translation>
    </message>
    <message>
        <source>Windows Remote Assistance</source>
        <translation>Assistance à distance Windows</translation>
    </message>
    <message>
        <source>[ Yes ]   [ No ]</source>
        <translation>[ Oui ]   [ Non ]</translation>
    </message>
    <message>
        <source>Message preview</source>
        <translation>Aperçu du message</translation>
    </message>
    <message>
        <source>Character count</source>
        <translation>Nombre de caractères</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caractères</translation>
    </message>
    <message>
        <source>%1 / %2 characters — %3 too many</source>
        <translation>%1 / %2 caractères — %3 de trop</translation>
    </message>
    <message>
        <source>(Windows shows its built-in warning when the message is empty.)</source>
        <translation>(Windows affiche son avertissement intégré lorsque le message est vide.)</translation>
    </message>
</context>
<context>
    <name>ra::ui::OfferCommand</name>
    <message>
        <source>Enter the name or IP address of the computer to help.</source>
        <translation>Saisissez le nom ou l'adresse IP de l'ordinateur à aider.</translation>
    </message>
    <message>
        <source>"%1" starts with "%2"; a computer name or IP address never does.</source>
        <translation>« %1 » commence par « %2 » ; aucun nom d'ordinateur ni adresse IP ne commence ainsi.</translation>
    </message>
    <message>
        <source>"%1" contains a space; computer names and IP addresses have none.</source>
        <translation>« %1 » contient une espace ; les noms d'ordinateur et les adresses IP n'en contiennent pas.</translation>
    </message>
    <message>
        <source>"%1" contains a quotation mark; computer names and IP addresses have none.</source>
        <translation>« %1 » contient un guillemet ou une apostrophe ; les noms d'ordinateur et les adresses IP n'en contiennent pas.</translation>
    </message>
    <message>
        <source>"%1" is not a valid IPv6 address.</source>
        <translation>« %1 » n'est pas une adresse IPv6 valide.</translation>
    </message>
    <message>
        <source>"%1" contains "%2"; computer names have only letters, digits, hyphens and underscores, with dots between the parts of a DNS name.</source>
        <translation>« %1 » contient « %2 » ; un nom d'ordinateur ne contient que des lettres, des chiffres, des traits d'union et des traits de soulignement, avec des points entre les parties d'un nom DNS.</translation>
    </message>
    <message>
        <source>"%1" is neither a valid IPv4 address nor a computer name.</source>
        <translation>« %1 » n'est ni une adresse IPv4 valide ni un nom d'ordinateur.</translation>
    </message>
    <message>
        <source>"%1" has %2 characters; a computer name without a domain has at most %3.</source>
        <translation>« %1 » compte %2 caractères ; un nom d'ordinateur sans domaine en compte au plus %3.</translation>
    </message>
    <message>
        <source>"%1" has %2 characters; a DNS name has at most %3.</source>
        <translation>« %1 » compte %2 caractères ; un nom DNS en compte au plus %3.</translation>
    </message>
    <message>
        <source>"%1" has an empty part between dots.</source>
        <translation>« %1 » comporte une partie vide entre deux points.</translation>
    </message>
    <message>
        <source>"%1" has a part longer than %2 characters.</source>
        <translation>« %1 » comporte une partie de plus de %2 caractères.</translation>
    </message>
    <message>
        <source>"%1" has a part that starts or ends with a hyphen.</source>
        <translation>« %1 » comporte une partie qui commence ou finit par un trait d'union.</translation>
    </message>
</context>
<context>
    <name>ra::ui::OpenDiffDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Open Over Current Work</source>
        <translation>Ouvrir par-dessus le travail en cours</translation>
    </message>
    <message>
        <source>%1 has the same settings as the current work.</source>
        <translation>%1 a les mêmes paramètres que le travail en cours.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>After opening</source>
        <translation>Après l'ouverture</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Not part of this profile</source>
        <translation>Ne fait pas partie de ce profil</translation>
    </message>
    <message>
        <source>Merge Into Current Work</source>
        <translation>Fusionner avec le travail en cours</translation>
    </message>
    <message>
        <source>Merging %1 sets the policies it contains in the current work and leaves the others as they are. These settings change (Undo takes the merge back):</source>
        <translation>Fusionner %1 applique au travail en cours les stratégies qu'il contient et laisse les autres telles quelles. Ces paramètres changent (Annuler défait la fusion) :</translation>
    </message>
    <message>
        <source>Opening %1 replaces the current work: the file becomes the open document. These settings change:</source>
        <translation>Ouvrir %1 remplace le travail en cours : le fichier devient le document ouvert. Ces paramètres changent :</translation>
    </message>
    <message>
        <source>After merging</source>
        <translation>Après la fusion</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
</context>
<context>
    <name>ra::ui::PolicyPage</name>
    <message>
        <source>Before a helper connects</source>
        <translation>Avant qu'un assistant se connecte</translation>
    </message>
    <message>
        <source>Before the helper takes control</source>
        <translation>Avant que l'assistant prenne le contrôle</translation>
    </message>
    <message>
        <source>Explain text from %1 (%2).</source>
        <translation>Texte explicatif de %1 (%2).</translation>
    </message>
    <message>
        <source>Microsoft's explain text appears here when a folder with remoteassistance.admx and its language files is set in Settings.</source>
        <translation>Le texte explicatif de Microsoft apparaît ici lorsqu'un dossier contenant remoteassistance.admx et ses fichiers de langue est défini dans les Paramètres.</translation>
    </message>
    <message>
        <source>Computer Configuration &gt; Administrative Templates &gt; %1</source>
        <translation>Configuration de l'ordinateur &gt; Modèles d'administration &gt; %1</translation>
    </message>
    <message>
        <source>Previous setting</source>
        <translation>Paramètre précédent</translation>
    </message>
    <message>
        <source>Next setting</source>
        <translation>Paramètre suivant</translation>
    </message>
    <message>
        <source>N&amp;ot Configured</source>
        <translation>&amp;Non configuré</translation>
    </message>
    <message>
        <source>&amp;Disabled</source>
        <translation>&amp;Désactivé</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Non configuré</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire :</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Why this setting, ticket number, who asked for it…</source>
        <translation>Pourquoi ce paramètre, numéro de ticket, demandeur…</translation>
    </message>
    <message>
        <source>Supported on:</source>
        <translation>Pris en charge sur :</translation>
    </message>
    <message>
        <source>Supported on</source>
        <translation>Pris en charge sur</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Group Policy (ADMX)</source>
        <translation>Stratégie de groupe (ADMX)</translation>
    </message>
    <message>
        <source>GP English name:</source>
        <translation>Nom GP anglais :</translation>
    </message>
    <message>
        <source>GP name:</source>
        <translation>Nom GP :</translation>
    </message>
    <message>
        <source>ADMX file:</source>
        <translation>Fichier ADMX :</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Emplacement :</translation>
    </message>
    <message>
        <source>Registry value:</source>
        <translation>Valeur de registre :</translation>
    </message>
    <message>
        <source>Policy CSP (MDM)</source>
        <translation>Policy CSP (MDM)</translation>
    </message>
    <message>
        <source>CSP node:</source>
        <translation>Nœud CSP :</translation>
    </message>
    <message>
        <source>OMA-URI:</source>
        <translation>OMA-URI :</translation>
    </message>
    <message>
        <source>OMA-URI</source>
        <translation>OMA-URI</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>Copy the OMA-URI to the clipboard</source>
        <translation>Copier l'OMA-URI dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy OMA-URI</source>
        <translation>Copier l'OMA-URI</translation>
    </message>
    <message>
        <source>This policy has no options: Enabled turns it on, Disabled turns it off.</source>
        <translation>Cette stratégie n'a pas d'options : Activé l'active, Désactivé la désactive.</translation>
    </message>
    <message>
        <source>Previous Setting</source>
        <translation>Paramètre précédent</translation>
    </message>
    <message>
        <source>Go to the previous setting (%1)</source>
        <translation>Aller au paramètre précédent (%1)</translation>
    </message>
    <message>
        <source>Next Setting</source>
        <translation>Paramètre suivant</translation>
    </message>
    <message>
        <source>Go to the next setting (%1)</source>
        <translation>Aller au paramètre suivant (%1)</translation>
    </message>
    <message>
        <source>E&amp;nabled</source>
        <translation>Acti&amp;vé</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Not part of this profile: applying it leaves this policy as it is on the target. Choose a state or edit it to include it.</source>
        <translation>Ne fait pas partie de ce profil : l'appliquer laisse cette stratégie telle qu'elle est sur la cible. Choisissez un état ou modifiez-la pour l'inclure.</translation>
    </message>
    <message>
        <source>&amp;Include in Profile</source>
        <translation>&amp;Inclure dans le profil</translation>
    </message>
    <message>
        <source>Include in profile</source>
        <translation>Inclure dans le profil</translation>
    </message>
    <message>
        <source>Make this policy part of the profile as it is shown (one undo step)</source>
        <translation>Inclure cette stratégie dans le profil telle qu'elle est affichée (une étape d'annulation)</translation>
    </message>
</context>
<context>
    <name>ra::ui::PreviewPane</name>
    <message>
        <source>N&amp;ow on the target:</source>
        <translation>A&amp;ctuellement sur la cible :</translation>
    </message>
    <message>
        <source>Now on the target</source>
        <translation>Actuellement sur la cible</translation>
    </message>
    <message>
        <source>Afte&amp;r Apply:</source>
        <translation>Ap&amp;rès application :</translation>
    </message>
    <message>
        <source>After Apply</source>
        <translation>Après application</translation>
    </message>
    <message>
        <source>Difference&amp;s:</source>
        <translation>Différence&amp;s :</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>Each line starts with + when it is added, - when it is removed and ~ when it changes.</source>
        <translation>Chaque ligne commence par + si elle est ajoutée, par - si elle est supprimée et par ~ si elle change.</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (nouveau)</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (modifié)</translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation>%1 (inchangé)</translation>
    </message>
    <message>
        <source>No values there yet.</source>
        <translation>Aucune valeur pour l’instant.</translation>
    </message>
    <message>
        <source>New file; nothing there yet.</source>
        <translation>Nouveau fichier ; rien n’existe encore.</translation>
    </message>
    <message>
        <source>What the target holds now is not known, so no differences are shown.</source>
        <translation>Le contenu actuel de la cible est inconnu ; aucune différence n’est donc affichée.</translation>
    </message>
    <message>
        <source>New file; nothing there yet. Apply creates it as shown on the right.</source>
        <translation>Nouveau fichier ; rien n’existe encore. « Appliquer » le crée comme indiqué à droite.</translation>
    </message>
    <message>
        <source>Registry values it holds:</source>
        <translation>Valeurs de registre qu’il contient :</translation>
    </message>
    <message>
        <source>Registry values:</source>
        <translation>Valeurs de registre :</translation>
    </message>
    <message>
        <source>No registry value changes.</source>
        <translation>Aucune valeur de registre ne change.</translation>
    </message>
    <message>
        <source>Lines (+ added, - removed):</source>
        <translation>Lignes (+ ajoutées, - supprimées) :</translation>
    </message>
    <message>
        <source>No line changes: the file there is exactly what Apply writes.</source>
        <translation>Aucune ligne modifiée : le fichier existant est exactement ce qu’« Appliquer » écrit.</translation>
    </message>
    <message numerus="yes">
        <source>  … %n unchanged line(s) …</source>
        <translation><numerusform>  … %n ligne inchangée …</numerusform><numerusform>  … %n lignes inchangées …</numerusform></translation>
    </message>
</context>
<context>
    <name>ra::ui::PreviewText</name>
    <message>
        <source>(deletes %1)</source>
        <translation>(supprime %1)</translation>
    </message>
    <message>
        <source>(deletes every value of the key)</source>
        <translation>(supprime toutes les valeurs de la clé)</translation>
    </message>
    <message>
        <source>Changes to %1</source>
        <translation>Modifications de %1</translation>
    </message>
    <message>
        <source>Microsoft Graph request body (%1)</source>
        <translation>Corps de la requête Microsoft Graph (%1)</translation>
    </message>
    <message>
        <source>%1 shown as LGPO text</source>
        <translation>%1 affiché en texte LGPO</translation>
    </message>
    <message>
        <source>%1 shown as LGPO text; %2 entries of other policies kept</source>
        <translation>%1 affiché en texte LGPO ; %2 entrées d’autres stratégies conservées</translation>
    </message>
    <message>
        <source>The values under the policy keys of %1</source>
        <translation>Les valeurs sous les clés de stratégie de %1</translation>
    </message>
    <message>
        <source>Compared with %1 of backup %2 ("%3", %4), the newest in the folder</source>
        <translation>Comparé à %1 de la sauvegarde %2 (« %3 », %4), la plus récente du dossier</translation>
    </message>
    <message>
        <source>The file there cannot be read: %1</source>
        <translation>Le fichier existant ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>+ Added %1 = %2</source>
        <translation>+ Ajouté %1 = %2</translation>
    </message>
    <message>
        <source>~ Changed %1: %2 -&gt; %3</source>
        <translation>~ Modifié %1 : %2 -&gt; %3</translation>
    </message>
    <message>
        <source>- Removed %1 (was %2)</source>
        <translation>- Supprimé %1 (était %2)</translation>
    </message>
</context>
<context>
    <name>ra::ui::ReadinessPanel</name>
    <message>
        <source>Started Remote Assistance for %1.</source>
        <translation>Assistance à distance démarrée pour %1.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>Offer Remote Assistance is enabled</source>
        <translation>L'offre d'assistance à distance est activée</translation>
    </message>
    <message>
        <source>"%1" is Enabled.</source>
        <translation>« %1 » est activé.</translation>
    </message>
    <message>
        <source>Set "%1" to Enabled.</source>
        <translation>Définissez « %1 » sur Activé.</translation>
    </message>
    <message>
        <source>A domain helper group is set</source>
        <translation>Un groupe d'assistants du domaine est défini</translation>
    </message>
    <message>
        <source>Add your helpdesk group as DOMAIN\Group to the helper list.</source>
        <translation>Ajoutez votre groupe de support sous la forme DOMAINE\Groupe à la liste des assistants.</translation>
    </message>
    <message>
        <source>Helpers: %1</source>
        <translation>Assistants : %1</translation>
    </message>
    <message>
        <source>Firewall exceptions for the target Windows versions</source>
        <translation>Exceptions de pare-feu pour les versions de Windows cibles</translation>
    </message>
    <message>
        <source>Go to the &amp;policy</source>
        <translation>Aller à la &amp;stratégie</translation>
    </message>
    <message>
        <source>computer name or IP address</source>
        <translation>nom ou adresse IP de l'ordinateur</translation>
    </message>
    <message>
        <source>Computer to help</source>
        <translation>Ordinateur à aider</translation>
    </message>
    <message>
        <source>&amp;Offer Remote Assistance</source>
        <translation>Off&amp;rir l'assistance à distance</translation>
    </message>
    <message>
        <source>Offer Remote Assistance</source>
        <translation>Offrir l'assistance à distance</translation>
    </message>
    <message>
        <source>Starts msra.exe /offerRA with the computer entered.</source>
        <translation>Démarre msra.exe /offerRA avec l'ordinateur saisi.</translation>
    </message>
    <message>
        <source>Offering help starts msra.exe /offerRA and needs Windows; this computer does not run Windows.</source>
        <translation>Offrir de l'aide démarre msra.exe /offerRA et nécessite Windows ; cet ordinateur n'exécute pas Windows.</translation>
    </message>
    <message>
        <source>Could not start %1. Add Remote Assistance to this computer, then try again.</source>
        <translation>Impossible de démarrer %1. Ajoutez l'assistance à distance à cet ordinateur, puis réessayez.</translation>
    </message>
    <message>
        <source>This computer does not run Windows, so it cannot offer help; offer it from a Windows computer of the helpdesk.</source>
        <translation>Cet ordinateur n'exécute pas Windows et ne peut donc pas offrir d'aide ; offrez-la depuis un ordinateur Windows du support.</translation>
    </message>
    <message>
        <source>This computer can offer help: %1 is present.</source>
        <translation>Cet ordinateur peut offrir de l'aide : %1 est présent.</translation>
    </message>
    <message>
        <source>This computer cannot offer help yet: %1 is missing. Add Remote Assistance to it (on Windows Server it is an optional feature).</source>
        <translation>Cet ordinateur ne peut pas encore offrir d'aide : %1 est absent. Ajoutez-lui l'assistance à distance (sous Windows Server, c'est une fonctionnalité facultative).</translation>
    </message>
    <message>
        <source>Confirm the firewall exceptions as deployed</source>
        <translation>Confirmer le déploiement des exceptions de pare-feu</translation>
    </message>
    <message>
        <source>Withdraw the firewall confirmation</source>
        <translation>Retirer la confirmation du pare-feu</translation>
    </message>
    <message>
        <source>Confirm the Remote Assistance feature as present</source>
        <translation>Confirmer la présence de la fonctionnalité Assistance à distance</translation>
    </message>
    <message>
        <source>Withdraw the Remote Assistance feature confirmation</source>
        <translation>Retirer la confirmation de la fonctionnalité Assistance à distance</translation>
    </message>
    <message>
        <source>Tick the Windows versions of the helped computers above or on the Firewall page.</source>
        <translation>Cochez les versions de Windows des ordinateurs aidés ci-dessus ou sur la page Pare-feu.</translation>
    </message>
    <message>
        <source>Deployed for: %1.</source>
        <translation>Déployées pour : %1.</translation>
    </message>
    <message>
        <source>Not yet confirmed for: %1. Deploy their exceptions (the commands are on the Firewall page), then confirm below.</source>
        <translation>Pas encore confirmé pour : %1. Déployez leurs exceptions (les commandes sont sur la page Pare-feu), puis confirmez ci-dessous.</translation>
    </message>
    <message>
        <source>The Remote Assistance feature is present on the target computers</source>
        <translation>La fonctionnalité Assistance à distance est présente sur les ordinateurs cibles</translation>
    </message>
    <message>
        <source>Windows clients include Remote Assistance. On Windows Server it is an optional feature: add it to the servers to be helped and to a Remote Desktop server the helpdesk offers help from.</source>
        <translation>Les clients Windows incluent l'assistance à distance. Sous Windows Server, c'est une fonctionnalité facultative : ajoutez-la aux serveurs à aider et à un serveur Bureau à distance depuis lequel le support offre de l'aide.</translation>
    </message>
    <message>
        <source>Before the helpdesk can offer help without an invitation, every item of the checklist must be done. The target and the checklist are saved with the configuration.</source>
        <translation>Avant que le support puisse offrir de l'aide sans invitation, chaque point de la liste de contrôle doit être fait. La cible et la liste de contrôle sont enregistrées avec la configuration.</translation>
    </message>
    <message>
        <source>Deployment target</source>
        <translation>Cible du déploiement</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>The computers this configuration is for. The findings check the configuration against them.</source>
        <translation>Les ordinateurs auxquels cette configuration est destinée. Les constats vérifient la configuration par rapport à eux.</translation>
    </message>
    <message>
        <source>What must be true before help can be offered to these computers.</source>
        <translation>Ce qui doit être vrai avant de pouvoir offrir de l'aide à ces ordinateurs.</translation>
    </message>
    <message>
        <source>Go to the helper &amp;list</source>
        <translation>Aller à la &amp;liste des assistants</translation>
    </message>
    <message>
        <source>&amp;Go to Firewall</source>
        <translation>Aller au &amp;pare-feu</translation>
    </message>
    <message>
        <source>The exceptions are &amp;deployed for all these versions</source>
        <translation>Les exceptions sont &amp;déployées pour toutes ces versions</translation>
    </message>
    <message>
        <source>Firewall exceptions deployed</source>
        <translation>Exceptions de pare-feu déployées</translation>
    </message>
    <message>
        <source>&amp;Confirmed for the computers of this deployment</source>
        <translation>&amp;Confirmé pour les ordinateurs de ce déploiement</translation>
    </message>
    <message>
        <source>Remote Assistance feature confirmed</source>
        <translation>Fonctionnalité Assistance à distance confirmée</translation>
    </message>
    <message>
        <source>From this computer, for one computer of the deployment.</source>
        <translation>Depuis cet ordinateur, pour un ordinateur du déploiement.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Computer to &amp;assist:</source>
        <translation>Ordinateur à a&amp;ider :</translation>
    </message>
</context>
<context>
    <name>ra::ui::SettingsDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Rechercher %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Dark palette</source>
        <translation>Palette sombre</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>Apparence :</translation>
    </message>
    <message>
        <source>ADMX folder</source>
        <translation>Dossier ADMX</translation>
    </message>
    <message>
        <source>e.g. C:\Windows\PolicyDefinitions or a copy of it</source>
        <translation>p. ex. C:\Windows\PolicyDefinitions ou une copie</translation>
    </message>
    <message>
        <source>&amp;ADMX folder:</source>
        <translation>Dossier &amp;ADMX :</translation>
    </message>
    <message>
        <source>The folder with remoteassistance.admx and its language subfolders (en-US, de-DE, …). The Help tab then shows Microsoft's explain text.</source>
        <translation>Le dossier contenant remoteassistance.admx et ses sous-dossiers de langue (en-US, fr-FR, …). L'onglet Aide affiche alors le texte explicatif de Microsoft.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>Default target</source>
        <translation>Cible par défaut</translation>
    </message>
    <message>
        <source>Default &amp;target:</source>
        <translation>&amp;Cible par défaut :</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>&amp;Déploiement</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>ID de locataire</translation>
    </message>
    <message>
        <source>&amp;Tenant ID:</source>
        <translation>ID de &amp;locataire :</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>ID d'application (client)</translation>
    </message>
    <message>
        <source>A&amp;pplication (client) ID:</source>
        <translation>ID d'a&amp;pplication (client) :</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client :</translation>
    </message>
    <message>
        <source>The client secret is stored only in the system keychain. Storing it needs the Intune client, which this build does not include yet.</source>
        <translation>Le secret client est stocké uniquement dans le trousseau du système. Cela nécessite le client Intune, que cette version n'inclut pas encore.</translation>
    </message>
    <message>
        <source>&amp;Intune</source>
        <translation>&amp;Intune</translation>
    </message>
    <message>
        <source>The client secret is stored only in the system keychain (%1), never in the settings file. Leave the field empty to keep the stored secret.</source>
        <translation>Le secret client est stocké uniquement dans le trousseau du système (%1), jamais dans le fichier de paramètres. Laissez le champ vide pour conserver le secret enregistré.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>Dark &amp;palette</source>
        <translation>Palette &amp;sombre</translation>
    </message>
</context>
<context>
    <name>ra::ui::SkuTableView</name>
    <message>
        <source>Editions of Windows 10 and later that support this policy:</source>
        <translation>Éditions de Windows 10 et ultérieures qui prennent en charge cette stratégie :</translation>
    </message>
    <message>
        <source>Supported editions</source>
        <translation>Éditions prises en charge</translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation>Notes de bas de page</translation>
    </message>
</context>
</TS>
