<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>IntuneComponent</name>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>The Intune component (%1) is not installed; it was looked for in %2.</source>
        <translation>Die Intune-Komponente (%1) ist nicht installiert; gesucht wurde in %2.</translation>
    </message>
    <message>
        <source>Reinstall the console, or export SyncML or Graph JSON and upload it in the Intune admin center.</source>
        <translation>Installieren Sie die Konsole neu, oder exportieren Sie SyncML oder Graph-JSON und laden Sie es im Intune Admin Center hoch.</translation>
    </message>
</context>
<context>
    <name>ra::AllSettingsModel</name>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>ra::CatalogText</name>
    <message>
        <source>Customize warning messages</source>
        <translation>Warnmeldungen anpassen</translation>
    </message>
    <message>
        <source>Turn on session logging</source>
        <translation>Sitzungsprotokollierung aktivieren</translation>
    </message>
    <message>
        <source>Configure Solicited Remote Assistance</source>
        <translation>Angeforderte Remoteunterstützung konfigurieren</translation>
    </message>
    <message>
        <source>Configure Offer Remote Assistance</source>
        <translation>Remoteunterstützung anbieten konfigurieren</translation>
    </message>
    <message>
        <source>At least Windows Vista</source>
        <translation>Mindestens Windows Vista</translation>
    </message>
    <message>
        <source>At least Windows Server 2003 operating systems or Windows XP Professional</source>
        <translation>Mindestens Windows Server 2003 oder Windows XP Professional</translation>
    </message>
    <message>
        <source>Replaces the warnings Windows shows the person being helped before a helper connects and before control is shared.</source>
        <translation>Ersetzt die Warnungen, die Windows der unterstützten Person zeigt, bevor sich ein Helfer verbindet und bevor die Steuerung geteilt wird.</translation>
    </message>
    <message>
        <source>Keeps a log of every Remote Assistance session in the user's Documents folder (Remote Assistance Logs).</source>
        <translation>Protokolliert jede Remoteunterstützungssitzung im Ordner „Dokumente“ des Benutzers (Remote Assistance Logs).</translation>
    </message>
    <message>
        <source>Lets users ask for help by invitation (file, e-mail or chat) and sets what helpers may do and how long an invitation stays valid.</source>
        <translation>Benutzer können per Einladung (Datei, E-Mail oder Chat) um Hilfe bitten; legt fest, was Helfer dürfen und wie lange eine Einladung gültig ist.</translation>
    </message>
    <message>
        <source>Lets the listed helpers offer assistance without an invitation, and sets whether they may take control.</source>
        <translation>Die aufgeführten Helfer können ohne Einladung Unterstützung anbieten; legt fest, ob sie die Steuerung übernehmen dürfen.</translation>
    </message>
    <message>
        <source>Display warning message before sharing control:</source>
        <translation>Vor dem Freigeben der Steuerung anzuzeigende Warnmeldung:</translation>
    </message>
    <message>
        <source>Display warning message before connecting:</source>
        <translation>Vor dem Verbinden anzuzeigende Warnmeldung:</translation>
    </message>
    <message>
        <source>Permit remote control of this computer:</source>
        <translation>Remotesteuerung dieses Computers zulassen:</translation>
    </message>
    <message>
        <source>Maximum ticket time (value):</source>
        <translation>Maximale Ticketdauer (Wert):</translation>
    </message>
    <message>
        <source>Maximum ticket time (units):</source>
        <translation>Maximale Ticketdauer (Einheit):</translation>
    </message>
    <message>
        <source>Method for sending email invitations:</source>
        <translation>Methode zum Senden von E-Mail-Einladungen:</translation>
    </message>
    <message>
        <source>Helpers:</source>
        <translation>Helfer:</translation>
    </message>
    <message>
        <source>Shown before the user hands control of the computer to the helper.</source>
        <translation>Wird angezeigt, bevor der Benutzer dem Helfer die Steuerung des Computers übergibt.</translation>
    </message>
    <message>
        <source>Shown before the user lets a helper connect and see the screen.</source>
        <translation>Wird angezeigt, bevor der Benutzer einen Helfer verbinden und den Bildschirm sehen lässt.</translation>
    </message>
    <message>
        <source>Whether invited helpers may take control or only watch.</source>
        <translation>Ob eingeladene Helfer die Steuerung übernehmen oder nur zusehen dürfen.</translation>
    </message>
    <message>
        <source>How long an invitation stays valid, in the unit chosen below.</source>
        <translation>Wie lange eine Einladung gültig bleibt, in der unten gewählten Einheit.</translation>
    </message>
    <message>
        <source>The unit of the maximum ticket time.</source>
        <translation>Die Einheit der maximalen Ticketdauer.</translation>
    </message>
    <message>
        <source>How invitations are e-mailed; Windows Vista and later always use Simple MAPI.</source>
        <translation>Wie Einladungen per E-Mail verschickt werden; ab Windows Vista immer über Simple MAPI.</translation>
    </message>
    <message>
        <source>Whether offering helpers may take control or only watch.</source>
        <translation>Ob anbietende Helfer die Steuerung übernehmen oder nur zusehen dürfen.</translation>
    </message>
    <message>
        <source>The users and groups allowed to offer help, one DOMAIN\User or DOMAIN\Group per entry.</source>
        <translation>Die Benutzer und Gruppen, die Hilfe anbieten dürfen, je Eintrag ein DOMÄNE\Benutzer oder DOMÄNE\Gruppe.</translation>
    </message>
    <message>
        <source>Allow helpers to remotely control the computer</source>
        <translation>Helfern die Remotesteuerung des Computers erlauben</translation>
    </message>
    <message>
        <source>Allow helpers to only view the computer</source>
        <translation>Helfern nur das Anzeigen des Computers erlauben</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
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
        <translation>Home</translation>
    </message>
    <message>
        <source>Pro</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Mobile Enterprise</source>
        <translation>Mobile Enterprise</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Nicht konfiguriert</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Added in Windows 10, version %1.</source>
        <translation>Hinzugefügt in Windows 10, Version %1.</translation>
    </message>
</context>
<context>
    <name>ra::ErrorText</name>
    <message>
        <source>'[' opening an entry</source>
        <translation>„[“ am Anfang eines Eintrags</translation>
    </message>
    <message>
        <source>';' after the key</source>
        <translation>„;“ nach dem Schlüssel</translation>
    </message>
    <message>
        <source>';' after the value name</source>
        <translation>„;“ nach dem Wertnamen</translation>
    </message>
    <message>
        <source>';' after the type</source>
        <translation>„;“ nach dem Typ</translation>
    </message>
    <message>
        <source>';' after the data size</source>
        <translation>„;“ nach der Datengröße</translation>
    </message>
    <message>
        <source>']' closing the entry</source>
        <translation>„]“ am Ende des Eintrags</translation>
    </message>
    <message>
        <source>signature</source>
        <comment>a 4-byte field of a registry.pol file</comment>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>version</source>
        <comment>a 4-byte field of a registry.pol file</comment>
        <translation>Version</translation>
    </message>
    <message>
        <source>type</source>
        <comment>a 4-byte field of a registry.pol file</comment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>data size</source>
        <comment>a 4-byte field of a registry.pol file</comment>
        <translation>Datengröße</translation>
    </message>
    <message>
        <source>expected '&lt;'</source>
        <translation>erwartet wurde „&lt;“</translation>
    </message>
    <message>
        <source>expected '&gt;'</source>
        <translation>erwartet wurde „&gt;“</translation>
    </message>
    <message>
        <source>expected '=' after the attribute name</source>
        <translation>erwartet wurde „=“ nach dem Attributnamen</translation>
    </message>
    <message>
        <source>expected an element name</source>
        <translation>erwartet wurde ein Elementname</translation>
    </message>
    <message>
        <source>expected an attribute name</source>
        <translation>erwartet wurde ein Attributname</translation>
    </message>
    <message>
        <source>expected an element name after "&lt;/"</source>
        <translation>erwartet wurde ein Elementname nach „&lt;/“</translation>
    </message>
    <message>
        <source>an object</source>
        <comment>a JSON value found instead</comment>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <comment>a JSON value found instead</comment>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an unsupported value</source>
        <comment>a JSON value found instead</comment>
        <translation>ein nicht unterstützter Wert</translation>
    </message>
    <message>
        <source>the string %1</source>
        <comment>a JSON value found instead</comment>
        <translation>die Zeichenkette %1</translation>
    </message>
    <message>
        <source>the number %1</source>
        <comment>a JSON value found instead</comment>
        <translation>die Zahl %1</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>Datei oder Verzeichnis nicht gefunden</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>Kein Speicherplatz mehr auf dem Gerät</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Dateisystem ist schreibgeschützt</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Die Datei existiert bereits</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>Kein Verzeichnis</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>Ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>Directory not empty</source>
        <translation>Verzeichnis nicht leer</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>Dateiname zu lang</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>Gerät oder Ressource belegt</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Ein-/Ausgabefehler</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>Zu viele offene Dateien</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>Datei zu groß</translation>
    </message>
    <message>
        <source>Invalid cross-device link</source>
        <translation>Ungültige Verknüpfung über Gerätegrenzen hinweg</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a choice: its number (its label)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the end of the payload</source>
        <translation>das Ende der Nutzdaten</translation>
    </message>
    <message>
        <source>malformed UTF-8 text</source>
        <translation>fehlerhafter UTF-8-Text</translation>
    </message>
    <message>
        <source>unpaired UTF-16 surrogate</source>
        <translation>unpaariges UTF-16-Surrogat</translation>
    </message>
    <message>
        <source>cannot open for reading: %1</source>
        <translation>kann nicht zum Lesen geöffnet werden: %1</translation>
    </message>
    <message>
        <source>read error</source>
        <translation>Lesefehler</translation>
    </message>
    <message>
        <source>cannot list folder: %1</source>
        <translation>der Ordnerinhalt kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot create folder: %1</source>
        <translation>der Ordner kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>cannot open for writing: %1</source>
        <translation>kann nicht zum Schreiben geöffnet werden: %1</translation>
    </message>
    <message>
        <source>write failed: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot rename %1 into place: %2</source>
        <translation>%1 kann nicht an seinen Platz umbenannt werden: %2</translation>
    </message>
    <message>
        <source>unexpected end of file: expected %1</source>
        <translation>unerwartetes Dateiende: erwartet wurde %1</translation>
    </message>
    <message>
        <source>odd byte count: the file ends inside a UTF-16 character where %1 was expected</source>
        <translation>ungerade Byteanzahl: Die Datei endet mitten in einem UTF-16-Zeichen, wo %1 erwartet wurde</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>erwartet wurde %1, gefunden %2</translation>
    </message>
    <message>
        <source>unexpected end of file in the key starting at offset %1: expected its terminating NUL</source>
        <translation>unerwartetes Dateiende im Schlüssel, der bei Offset %1 beginnt: das abschließende NUL fehlt</translation>
    </message>
    <message>
        <source>unexpected end of file in the value name starting at offset %1: expected its terminating NUL</source>
        <translation>unerwartetes Dateiende im Wertnamen, der bei Offset %1 beginnt: das abschließende NUL fehlt</translation>
    </message>
    <message>
        <source>odd byte count: the file ends inside a UTF-16 character of the key starting at offset %1</source>
        <translation>ungerade Byteanzahl: Die Datei endet mitten in einem UTF-16-Zeichen des Schlüssels, der bei Offset %1 beginnt</translation>
    </message>
    <message>
        <source>odd byte count: the file ends inside a UTF-16 character of the value name starting at offset %1</source>
        <translation>ungerade Byteanzahl: Die Datei endet mitten in einem UTF-16-Zeichen des Wertnamens, der bei Offset %1 beginnt</translation>
    </message>
    <message>
        <source>the key is not valid UTF-16 (unpaired surrogate)</source>
        <translation>der Schlüssel ist kein gültiges UTF-16 (unpaariges Surrogat)</translation>
    </message>
    <message>
        <source>the value name is not valid UTF-16 (unpaired surrogate)</source>
        <translation>der Wertname ist kein gültiges UTF-16 (unpaariges Surrogat)</translation>
    </message>
    <message>
        <source>unexpected end of file: expected the 4-byte %1, %2 byte(s) left</source>
        <translation>unerwartetes Dateiende: erwartet wurde das 4-Byte-Feld „%1“, übrig sind %2 Byte</translation>
    </message>
    <message>
        <source>file too short for the registry.pol header: expected 8 bytes ("PReg" and version 1), found %1</source>
        <translation>Datei zu kurz für den registry.pol-Kopf: erwartet werden 8 Byte („PReg“ und Version 1), gefunden %1</translation>
    </message>
    <message>
        <source>bad signature: expected "PReg" (50 52 65 67)</source>
        <translation>falsche Signatur: erwartet wird „PReg“ (50 52 65 67)</translation>
    </message>
    <message>
        <source>unsupported version %1: expected 1</source>
        <translation>nicht unterstützte Version %1: erwartet wird 1</translation>
    </message>
    <message>
        <source>data size %1 runs past the end of the file (%2 byte(s) left)</source>
        <translation>die Datengröße %1 reicht über das Dateiende hinaus (noch %2 Byte übrig)</translation>
    </message>
    <message>
        <source>cannot store the entry %1\%2: its key contains a NUL character</source>
        <translation>der Eintrag %1\%2 kann nicht gespeichert werden: sein Schlüssel enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>cannot store the entry %1\%2: its value name contains a NUL character</source>
        <translation>der Eintrag %1\%2 kann nicht gespeichert werden: sein Wertname enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>cannot store the entry %1\%2: its data is larger than 4 GiB</source>
        <translation>der Eintrag %1\%2 kann nicht gespeichert werden: seine Daten sind größer als 4 GiB</translation>
    </message>
    <message>
        <source>odd number of bytes in a UTF-16LE file</source>
        <translation>ungerade Anzahl von Bytes in einer UTF-16LE-Datei</translation>
    </message>
    <message>
        <source>not valid UTF-16LE text: %1</source>
        <translation>kein gültiger UTF-16LE-Text: %1</translation>
    </message>
    <message>
        <source>UTF-16 big-endian files are not supported; save the file as UTF-16LE (regedit's format)</source>
        <translation>UTF-16-Dateien in Big-Endian werden nicht unterstützt; speichern Sie die Datei als UTF-16LE (das Format von regedit)</translation>
    </message>
    <message>
        <source>not UTF-16LE with a byte order mark (as regedit writes) and not valid UTF-8 either</source>
        <translation>weder UTF-16LE mit Bytereihenfolge-Markierung (wie regedit schreibt) noch gültiges UTF-8</translation>
    </message>
    <message>
        <source>a backslash at the end of the line inside a quoted string</source>
        <translation>ein Backslash am Zeilenende innerhalb einer Zeichenkette in Anführungszeichen</translation>
    </message>
    <message>
        <source>unknown escape \%1 in a quoted string (only \\ and \" are allowed)</source>
        <translation>unbekannte Escape-Sequenz \%1 in einer Zeichenkette in Anführungszeichen (erlaubt sind nur \\ und \")</translation>
    </message>
    <message>
        <source>a quoted string is not closed (missing ")</source>
        <translation>eine Zeichenkette in Anführungszeichen ist nicht geschlossen (" fehlt)</translation>
    </message>
    <message>
        <source>expected a byte as two hex digits at column %1, found "%2"</source>
        <translation>erwartet wurde ein Byte aus zwei Hexadezimalziffern in Spalte %1, gefunden „%2“</translation>
    </message>
    <message>
        <source>expected ',' between hex bytes at column %1</source>
        <translation>erwartet wurde „,“ zwischen Hex-Bytes in Spalte %1</translation>
    </message>
    <message>
        <source>an empty value name; the default value is written @=</source>
        <translation>ein leerer Wertname; der Standardwert wird als @= geschrieben</translation>
    </message>
    <message>
        <source>expected '=' after the value name</source>
        <translation>erwartet wurde „=“ nach dem Wertnamen</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote</source>
        <translation>unerwarteter Text nach dem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>dword: must be followed by 1 to 8 hex digits, found "%1"</source>
        <translation>auf dword: müssen 1 bis 8 Hexadezimalziffern folgen, gefunden „%1“</translation>
    </message>
    <message>
        <source>expected hex(&lt;type in hex&gt;): such as hex(2): or hex(7):</source>
        <translation>erwartet wurde hex(&lt;Typ hexadezimal&gt;): wie hex(2): oder hex(7):</translation>
    </message>
    <message>
        <source>unknown value format "%1"; expected "text", dword:, hex:, hex(N): or -</source>
        <translation>unbekanntes Wertformat „%1“; erwartet wird "Text", dword:, hex:, hex(N): oder -</translation>
    </message>
    <message>
        <source>expected the header "%1", found "%2"</source>
        <translation>erwartet wurde der Kopf „%1“, gefunden „%2“</translation>
    </message>
    <message>
        <source>a key line must end with ']'</source>
        <translation>eine Schlüsselzeile muss mit „]“ enden</translation>
    </message>
    <message>
        <source>empty key name</source>
        <translation>leerer Schlüsselname</translation>
    </message>
    <message>
        <source>the key "%1" does not start with a hive such as HKEY_LOCAL_MACHINE</source>
        <translation>der Schlüssel „%1“ beginnt nicht mit einer Struktur wie HKEY_LOCAL_MACHINE</translation>
    </message>
    <message>
        <source>a value before the first [key] line</source>
        <translation>ein Wert vor der ersten [Schlüssel]-Zeile</translation>
    </message>
    <message>
        <source>a value under a [-key] line, which deletes the key</source>
        <translation>ein Wert unter einer [-Schlüssel]-Zeile, die den Schlüssel löscht</translation>
    </message>
    <message>
        <source>expected [key], "name"=value, @=value or a ; comment, found "%1"</source>
        <translation>erwartet wurde [Schlüssel], "Name"=Wert, @=Wert oder ein ;-Kommentar, gefunden „%1“</translation>
    </message>
    <message>
        <source>empty file: the header "%1" is missing</source>
        <translation>leere Datei: der Kopf „%1“ fehlt</translation>
    </message>
    <message>
        <source>the configuration line "%1" has leading or trailing white space</source>
        <translation>die Konfigurationszeile „%1“ hat Leerraum am Anfang oder Ende</translation>
    </message>
    <message>
        <source>expected a configuration line (Computer, User or User:&lt;name&gt;), found "%1"</source>
        <translation>erwartet wurde eine Konfigurationszeile (Computer, User oder User:&lt;Name&gt;), gefunden „%1“</translation>
    </message>
    <message>
        <source>the configuration "User:" needs an account name</source>
        <translation>die Konfiguration „User:“ braucht einen Kontonamen</translation>
    </message>
    <message>
        <source>the entry that starts on line %1 is incomplete: expected its registry key line</source>
        <translation>der Eintrag ab Zeile %1 ist unvollständig: seine Zeile mit dem Registrierungsschlüssel fehlt</translation>
    </message>
    <message>
        <source>the entry that starts on line %1 is incomplete: expected its value name line</source>
        <translation>der Eintrag ab Zeile %1 ist unvollständig: seine Zeile mit dem Wertnamen fehlt</translation>
    </message>
    <message>
        <source>the entry that starts on line %1 is incomplete: expected its action line</source>
        <translation>der Eintrag ab Zeile %1 ist unvollständig: seine Aktionszeile fehlt</translation>
    </message>
    <message>
        <source>CLEAR only works with LGPO /t and has no registry.pol form</source>
        <translation>CLEAR funktioniert nur mit LGPO /t und hat keine registry.pol-Form</translation>
    </message>
    <message>
        <source>"%1": expected DWORD:n with n a decimal or 0x-hex number up to 4294967295</source>
        <translation>„%1“: erwartet wird DWORD:n mit n als Dezimalzahl oder 0x-Hexadezimalzahl bis 4294967295</translation>
    </message>
    <message>
        <source>"%1": expected QWORD:n with n a decimal or 0x-hex number</source>
        <translation>„%1“: erwartet wird QWORD:n mit n als Dezimalzahl oder 0x-Hexadezimalzahl</translation>
    </message>
    <message>
        <source>"%1" in BINARY: expected two hex digits per byte, separated by commas</source>
        <translation>„%1“ in BINARY: erwartet werden zwei Hexadezimalziffern je Byte, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>BINARY: ends with a comma</source>
        <translation>BINARY: endet mit einem Komma</translation>
    </message>
    <message>
        <source>unknown action "%1": expected DELETE, DELETEALLVALUES, DELETEKEYS, CREATEKEY, DWORD:, QWORD:, SZ:, EXSZ:, MULTISZ: or BINARY:</source>
        <translation>unbekannte Aktion „%1“: erwartet wird DELETE, DELETEALLVALUES, DELETEKEYS, CREATEKEY, DWORD:, QWORD:, SZ:, EXSZ:, MULTISZ: oder BINARY:</translation>
    </message>
    <message>
        <source>the registry key line is empty</source>
        <translation>die Zeile mit dem Registrierungsschlüssel ist leer</translation>
    </message>
    <message>
        <source>UTF-16 text with an odd number of bytes</source>
        <translation>UTF-16-Text mit ungerader Anzahl von Bytes</translation>
    </message>
    <message>
        <source>not valid UTF-16 text (%1)</source>
        <translation>kein gültiger UTF-16-Text (%1)</translation>
    </message>
    <message>
        <source>not valid UTF-8 text; save the file as Unicode (UTF-16 with BOM) or UTF-8</source>
        <translation>kein gültiger UTF-8-Text; speichern Sie die Datei als Unicode (UTF-16 mit BOM) oder UTF-8</translation>
    </message>
    <message>
        <source>not valid UTF-16 text</source>
        <translation>kein gültiger UTF-16-Text</translation>
    </message>
    <message>
        <source>contains NUL bytes: expected text (ANSI, UTF-8 or UTF-16 with a byte order mark)</source>
        <translation>enthält NUL-Bytes: erwartet wird Text (ANSI, UTF-8 oder UTF-16 mit Bytereihenfolge-Markierung)</translation>
    </message>
    <message>
        <source>expected ']' ending the section name</source>
        <translation>erwartet wurde „]“ am Ende des Abschnittsnamens</translation>
    </message>
    <message>
        <source>expected [section], key=value, a comment or a blank line</source>
        <translation>erwartet wurde [Abschnitt], Schlüssel=Wert, ein Kommentar oder eine Leerzeile</translation>
    </message>
    <message>
        <source>[General] Version is "%1": expected a number</source>
        <translation>[General] Version ist „%1“: erwartet wird eine Zahl</translation>
    </message>
    <message>
        <source>gPCMachineExtensionNames "%1" has '%2' at position %3: expected groups like [{GUID}{GUID}]</source>
        <translation>gPCMachineExtensionNames „%1“ hat „%2“ an Position %3: erwartet werden Gruppen wie [{GUID}{GUID}]</translation>
    </message>
    <message>
        <source>gPCMachineExtensionNames "%1" has an unclosed '[': expected groups like [{GUID}{GUID}]</source>
        <translation>gPCMachineExtensionNames „%1“ hat ein nicht geschlossenes „[“: erwartet werden Gruppen wie [{GUID}{GUID}]</translation>
    </message>
    <message>
        <source>gPCMachineExtensionNames "%1" has an unclosed '{': expected groups like [{GUID}{GUID}]</source>
        <translation>gPCMachineExtensionNames „%1“ hat ein nicht geschlossenes „{“: erwartet werden Gruppen wie [{GUID}{GUID}]</translation>
    </message>
    <message>
        <source>gPCMachineExtensionNames "%1" has an empty group: expected groups like [{GUID}{GUID}]</source>
        <translation>gPCMachineExtensionNames „%1“ hat eine leere Gruppe: erwartet werden Gruppen wie [{GUID}{GUID}]</translation>
    </message>
    <message>
        <source>the document is not valid UTF-8</source>
        <translation>das Dokument ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>the control character %1 is not allowed in XML</source>
        <translation>das Steuerzeichen %1 ist in XML nicht erlaubt</translation>
    </message>
    <message>
        <source>the non-character U+FFFE or U+FFFF is not allowed in XML</source>
        <translation>die Nichtzeichen U+FFFE und U+FFFF sind in XML nicht erlaubt</translation>
    </message>
    <message>
        <source>expected the root element, found the end of the document</source>
        <translation>erwartet wurde das Wurzelelement, gefunden das Ende des Dokuments</translation>
    </message>
    <message>
        <source>expected '&lt;' starting the root element</source>
        <translation>erwartet wurde „&lt;“ am Anfang des Wurzelelements</translation>
    </message>
    <message>
        <source>unexpected content after the root element</source>
        <translation>unerwarteter Inhalt nach dem Wurzelelement</translation>
    </message>
    <message>
        <source>DOCTYPE declarations are not supported</source>
        <translation>DOCTYPE-Deklarationen werden nicht unterstützt</translation>
    </message>
    <message>
        <source>unexpected DOCTYPE after the root element</source>
        <translation>unerwartetes DOCTYPE nach dem Wurzelelement</translation>
    </message>
    <message>
        <source>unterminated processing instruction: expected "?&gt;"</source>
        <translation>nicht abgeschlossene Verarbeitungsanweisung: erwartet wird „?&gt;“</translation>
    </message>
    <message>
        <source>unterminated comment: expected "--&gt;"</source>
        <translation>nicht abgeschlossener Kommentar: erwartet wird „--&gt;“</translation>
    </message>
    <message>
        <source>'&amp;' must start a reference such as &amp;amp; (use &amp;amp; for a literal '&amp;')</source>
        <translation>„&amp;“ muss eine Referenz wie &amp;amp; beginnen (schreiben Sie &amp;amp; für ein wörtliches „&amp;“)</translation>
    </message>
    <message>
        <source>empty character reference</source>
        <translation>leere Zeichenreferenz</translation>
    </message>
    <message>
        <source>invalid character reference &amp;%1;</source>
        <translation>ungültige Zeichenreferenz &amp;%1;</translation>
    </message>
    <message>
        <source>character reference &amp;%1; is out of range</source>
        <translation>die Zeichenreferenz &amp;%1; liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>character reference &amp;%1; is not an XML character</source>
        <translation>die Zeichenreferenz &amp;%1; ist kein XML-Zeichen</translation>
    </message>
    <message>
        <source>unknown entity &amp;%1; (only the five XML entities are supported)</source>
        <translation>unbekannte Entität &amp;%1; (nur die fünf XML-Entitäten werden unterstützt)</translation>
    </message>
    <message>
        <source>namespace prefix "%1" is not declared</source>
        <translation>das Namensraumpräfix „%1“ ist nicht deklariert</translation>
    </message>
    <message>
        <source>elements nested more than 256 deep</source>
        <translation>Elemente sind tiefer als 256 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>expected white space, '&gt;' or "/&gt;" in the start tag of &lt;%1&gt;</source>
        <translation>erwartet wurde Leerraum, „&gt;“ oder „/&gt;“ im Start-Tag von &lt;%1&gt;</translation>
    </message>
    <message>
        <source>attribute %1 appears twice</source>
        <translation>das Attribut %1 kommt zweimal vor</translation>
    </message>
    <message>
        <source>expected a quoted attribute value</source>
        <translation>erwartet wurde ein Attributwert in Anführungszeichen</translation>
    </message>
    <message>
        <source>unterminated attribute value</source>
        <translation>nicht abgeschlossener Attributwert</translation>
    </message>
    <message>
        <source>'&lt;' is not allowed in an attribute value</source>
        <translation>„&lt;“ ist in einem Attributwert nicht erlaubt</translation>
    </message>
    <message>
        <source>unexpected end of the document: &lt;%1&gt; (line %2) is not closed</source>
        <translation>unerwartetes Ende des Dokuments: &lt;%1&gt; (Zeile %2) ist nicht geschlossen</translation>
    </message>
    <message>
        <source>expected &lt;/%1&gt; closing the element of line %2, found &lt;/%3&gt;</source>
        <translation>erwartet wurde &lt;/%1&gt; als Ende des Elements aus Zeile %2, gefunden: &lt;/%3&gt;</translation>
    </message>
    <message>
        <source>unterminated CDATA section: expected "]]&gt;"</source>
        <translation>nicht abgeschlossener CDATA-Abschnitt: erwartet wird „]]&gt;“</translation>
    </message>
    <message>
        <source>unexpected markup declaration inside an element</source>
        <translation>unerwartete Markup-Deklaration innerhalb eines Elements</translation>
    </message>
    <message>
        <source>"]]&gt;" is not allowed in text</source>
        <translation>„]]&gt;“ ist in Text nicht erlaubt</translation>
    </message>
    <message>
        <source>control character in text</source>
        <translation>Steuerzeichen im Text</translation>
    </message>
    <message>
        <source>UTF-16 document with an odd number of bytes</source>
        <translation>UTF-16-Dokument mit ungerader Anzahl von Bytes</translation>
    </message>
    <message>
        <source>the document is not valid UTF-16 (%1)</source>
        <translation>das Dokument ist kein gültiges UTF-16 (%1)</translation>
    </message>
    <message>
        <source>"%1" is not a valid XML name</source>
        <translation>„%1“ ist kein gültiger XML-Name</translation>
    </message>
    <message>
        <source>text for XML is not valid UTF-8</source>
        <translation>Text für XML ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>character %1 cannot appear in an XML document</source>
        <translation>das Zeichen %1 darf in keinem XML-Dokument vorkommen</translation>
    </message>
    <message>
        <source>an XML comment cannot contain "--" or end with '-'</source>
        <translation>ein XML-Kommentar darf weder „--“ enthalten noch auf „-“ enden</translation>
    </message>
    <message>
        <source>an XML document has exactly one root element; &lt;%1&gt; would be a second</source>
        <translation>ein XML-Dokument hat genau ein Wurzelelement; &lt;%1&gt; wäre ein zweites</translation>
    </message>
    <message>
        <source>attribute %1 written outside a start tag</source>
        <translation>Attribut %1 außerhalb eines Start-Tags geschrieben</translation>
    </message>
    <message>
        <source>text outside the root element</source>
        <translation>Text außerhalb des Wurzelelements</translation>
    </message>
    <message>
        <source>CDATA outside the root element</source>
        <translation>CDATA außerhalb des Wurzelelements</translation>
    </message>
    <message>
        <source>endElement() without an open element</source>
        <translation>endElement() ohne offenes Element</translation>
    </message>
    <message>
        <source>XML document incomplete: &lt;%1&gt; is still open</source>
        <translation>XML-Dokument unvollständig: &lt;%1&gt; ist noch offen</translation>
    </message>
    <message>
        <source>XML document has no root element</source>
        <translation>XML-Dokument ohne Wurzelelement</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>der Text ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>the text contains U+FFFE or U+FFFF, which XML cannot carry</source>
        <translation>der Text enthält U+FFFE oder U+FFFF, die XML nicht transportieren kann</translation>
    </message>
    <message>
        <source>the text contains the control character %1, which XML cannot carry</source>
        <translation>der Text enthält das Steuerzeichen %1, das XML nicht transportieren kann</translation>
    </message>
    <message>
        <source>entry %1 is empty</source>
        <translation>Eintrag %1 ist leer</translation>
    </message>
    <message>
        <source>entry %1 contains U+F000, the character that separates list entries</source>
        <translation>Eintrag %1 enthält U+F000, das Zeichen, das Listeneinträge trennt</translation>
    </message>
    <message>
        <source>%1, data id %2: %3</source>
        <translation>%1, Daten-ID %2: %3</translation>
    </message>
    <message>
        <source>%1 payload: %2 (line %3, column %4 of the payload)</source>
        <translation>Nutzdaten von %1: %2 (Zeile %3, Spalte %4 der Nutzdaten)</translation>
    </message>
    <message>
        <source>%1 payload: text outside the &lt;enabled/&gt;, &lt;disabled/&gt; and &lt;data/&gt; elements</source>
        <translation>Nutzdaten von %1: Text außerhalb der Elemente &lt;enabled/&gt;, &lt;disabled/&gt; und &lt;data/&gt;</translation>
    </message>
    <message>
        <source>%1 payload: expected &lt;enabled/&gt; or &lt;disabled/&gt;, found nothing</source>
        <translation>Nutzdaten von %1: erwartet wurde &lt;enabled/&gt; oder &lt;disabled/&gt;, gefunden wurde nichts</translation>
    </message>
    <message>
        <source>%1 payload: expected &lt;enabled/&gt; or &lt;disabled/&gt; first, found &lt;%2&gt;</source>
        <translation>Nutzdaten von %1: erwartet wurde zuerst &lt;enabled/&gt; oder &lt;disabled/&gt;, gefunden &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 payload: &lt;%2/&gt; takes no attributes or content</source>
        <translation>Nutzdaten von %1: &lt;%2/&gt; nimmt weder Attribute noch Inhalt</translation>
    </message>
    <message>
        <source>%1 payload: &lt;disabled/&gt; takes no &lt;data/&gt; elements, found &lt;%2&gt;</source>
        <translation>Nutzdaten von %1: &lt;disabled/&gt; nimmt keine &lt;data/&gt;-Elemente, gefunden &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 payload: expected &lt;data id="…" value="…"/&gt;, found &lt;%2&gt;</source>
        <translation>Nutzdaten von %1: erwartet wurde &lt;data id="…" value="…"/&gt;, gefunden &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 payload: a &lt;data/&gt; element needs both an id and a value attribute</source>
        <translation>Nutzdaten von %1: ein &lt;data/&gt;-Element braucht sowohl ein id- als auch ein value-Attribut</translation>
    </message>
    <message>
        <source>%1 payload: unknown data id "%2" (this policy has no options)</source>
        <translation>Nutzdaten von %1: unbekannte Daten-ID „%2“ (diese Richtlinie hat keine Optionen)</translation>
    </message>
    <message>
        <source>%1 payload: unknown data id "%2" (this policy has %3)</source>
        <translation>Nutzdaten von %1: unbekannte Daten-ID „%2“ (die Optionen dieser Richtlinie sind %3)</translation>
    </message>
    <message>
        <source>%1 payload: data id %2 appears twice</source>
        <translation>Nutzdaten von %1: Daten-ID %2 kommt zweimal vor</translation>
    </message>
    <message>
        <source>%1 payload, data id %2: expected a decimal number from 0 to 4294967295, found "%3"</source>
        <translation>Nutzdaten von %1, Daten-ID %2: erwartet wurde eine Dezimalzahl von 0 bis 4294967295, gefunden „%3“</translation>
    </message>
    <message>
        <source>%1 payload, data id %2: the list has %3 parts separated by U+F000; expected name/value pairs (an even number)</source>
        <translation>Nutzdaten von %1, Daten-ID %2: die Liste hat %3 durch U+F000 getrennte Teile; erwartet werden Paare aus Name und Wert (eine gerade Anzahl)</translation>
    </message>
    <message>
        <source>%1 payload, data id %2: pair %3 has the name "%4" but the value "%5"; this list stores each entry as both name and value</source>
        <translation>Nutzdaten von %1, Daten-ID %2: Paar %3 hat den Namen „%4“, aber den Wert „%5“; diese Liste speichert jeden Eintrag als Name und als Wert</translation>
    </message>
    <message>
        <source>%1 payload, data id %2: pair %3 is empty</source>
        <translation>Nutzdaten von %1, Daten-ID %2: Paar %3 ist leer</translation>
    </message>
    <message>
        <source>%1 payload: data id %2 is missing (an Enabled ADMX-backed policy needs every option of the policy)</source>
        <translation>Nutzdaten von %1: Daten-ID %2 fehlt (eine aktivierte ADMX-basierte Richtlinie braucht jede Option der Richtlinie)</translation>
    </message>
    <message>
        <source>expected the root element &lt;SyncML&gt;, found &lt;%1&gt;</source>
        <translation>erwartet wurde das Wurzelelement &lt;SyncML&gt;, gefunden &lt;%1&gt;</translation>
    </message>
    <message>
        <source>expected the namespace SYNCML:SYNCML1.2, found "%1"</source>
        <translation>erwartet wurde der Namensraum SYNCML:SYNCML1.2, gefunden „%1“</translation>
    </message>
    <message>
        <source>&lt;SyncML&gt; has no &lt;SyncBody&gt;</source>
        <translation>&lt;SyncML&gt; hat kein &lt;SyncBody&gt;</translation>
    </message>
    <message>
        <source>&lt;%1&gt; has no &lt;CmdID&gt;</source>
        <translation>&lt;%1&gt; hat keine &lt;CmdID&gt;</translation>
    </message>
    <message>
        <source>&lt;CmdID&gt;: expected a decimal number from 0 to 4294967295, found "%1"</source>
        <translation>&lt;CmdID&gt;: erwartet wurde eine Dezimalzahl von 0 bis 4294967295, gefunden „%1“</translation>
    </message>
    <message>
        <source>&lt;CmdID&gt; must be a positive number</source>
        <translation>&lt;CmdID&gt; muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>CmdID %1 is used twice (also at line %2)</source>
        <translation>CmdID %1 wird zweimal verwendet (auch in Zeile %2)</translation>
    </message>
    <message>
        <source>&lt;Item&gt; has no &lt;Target&gt;&lt;LocURI&gt;</source>
        <translation>&lt;Item&gt; hat kein &lt;Target&gt;&lt;LocURI&gt;</translation>
    </message>
    <message>
        <source>the &lt;LocURI&gt; is empty</source>
        <translation>&lt;LocURI&gt; ist leer</translation>
    </message>
    <message>
        <source>the &lt;LocURI&gt; "%1" contains white space or a line break (Windows answers 404 for such a node)</source>
        <translation>&lt;LocURI&gt; „%1“ enthält Leerraum oder einen Zeilenumbruch (Windows antwortet auf einen solchen Knoten mit 404)</translation>
    </message>
    <message>
        <source>the &lt;LocURI&gt; "%1" differs from %2 in letter case (OMA-DM node names are case-sensitive)</source>
        <translation>&lt;LocURI&gt; „%1“ unterscheidet sich von %2 in der Groß-/Kleinschreibung (OMA-DM-Knotennamen unterscheiden Groß- und Kleinschreibung)</translation>
    </message>
    <message>
        <source>%1 is set twice (also by CmdID %2 (line %3))</source>
        <translation>%1 wird zweimal gesetzt (auch durch CmdID %2 (Zeile %3))</translation>
    </message>
    <message>
        <source>&lt;%1&gt; of %2 needs &lt;Meta&gt;&lt;Format&gt;chr&lt;/Format&gt;&lt;/Meta&gt; (ADMX-backed policies take their payload as a string)</source>
        <translation>&lt;%1&gt; von %2 braucht &lt;Meta&gt;&lt;Format&gt;chr&lt;/Format&gt;&lt;/Meta&gt; (ADMX-basierte Richtlinien erhalten ihre Nutzdaten als Zeichenkette)</translation>
    </message>
    <message>
        <source>&lt;%1&gt; of %2 has &lt;Type&gt;%3&lt;/Type&gt;; expected text/plain</source>
        <translation>&lt;%1&gt; von %2 hat &lt;Type&gt;%3&lt;/Type&gt;; erwartet wird text/plain</translation>
    </message>
    <message>
        <source>&lt;%1&gt; of %2 has no &lt;Data&gt; payload</source>
        <translation>&lt;%1&gt; von %2 hat keine &lt;Data&gt;-Nutzdaten</translation>
    </message>
    <message>
        <source>&lt;%1&gt; has no &lt;Item&gt;</source>
        <translation>&lt;%1&gt; hat kein &lt;Item&gt;</translation>
    </message>
    <message>
        <source>the member "%1" is missing</source>
        <translation>die Eigenschaft „%1“ fehlt</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>erwartet wurde eine Zeichenkette</translation>
    </message>
    <message>
        <source>%1 is Not configured and has no OMA-URI setting</source>
        <translation>%1 ist nicht konfiguriert und hat keine OMA-URI-Einstellung</translation>
    </message>
    <message>
        <source>the profile needs a display name</source>
        <translation>das Profil braucht einen Anzeigenamen</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>expected a JSON object (a windows10CustomConfiguration)</source>
        <translation>erwartet wurde ein JSON-Objekt (eine windows10CustomConfiguration)</translation>
    </message>
    <message>
        <source>expected "%1", found "%2"</source>
        <translation>erwartet wurde „%1“, gefunden „%2“</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>erwartet wurde ein Array</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>erwartet wurde ein Objekt</translation>
    </message>
    <message>
        <source>%1 has a second setting (the first is %2)</source>
        <translation>%1 hat eine zweite Einstellung (die erste ist %2)</translation>
    </message>
    <message>
        <source>expected "%1" for %2, found "%3"</source>
        <translation>erwartet wurde „%1“ für %2, gefunden „%3“</translation>
    </message>
    <message>
        <source>expected &lt;policyComments&gt; as the root element, found &lt;%1&gt;</source>
        <translation>erwartet wurde &lt;policyComments&gt; als Wurzelelement, gefunden &lt;%1&gt;</translation>
    </message>
    <message>
        <source>comment of %1 refers to string %2, which the stringTable lacks</source>
        <translation>der Kommentar von %1 verweist auf die Zeichenfolge %2, die in der stringTable fehlt</translation>
    </message>
    <message>
        <source>unknown member "%1"</source>
        <translation>unbekannte Eigenschaft „%1“</translation>
    </message>
    <message>
        <source>unknown provenance member "%1"</source>
        <translation>unbekannte Herkunftsangabe „%1“</translation>
    </message>
    <message>
        <source>unknown target member "%1"</source>
        <translation>unbekannte Angabe zum Bereitstellungsziel „%1“</translation>
    </message>
    <message>
        <source>a deployment target needs profile format version 2; this profile says %1</source>
        <translation>ein Bereitstellungsziel erfordert die Profilformatversion 2; dieses Profil gibt %1 an</translation>
    </message>
    <message>
        <source>unknown "%1"; expected Home, Pro, Business, Enterprise, Education, Mobile or Mobile Enterprise</source>
        <translation>unbekannt: „%1“; erwartet wird Home, Pro, Business, Enterprise, Education, Mobile oder Mobile Enterprise</translation>
    </message>
    <message>
        <source>unknown "%1"; expected "vista", "xp-sp2" or "server2003-sp1"</source>
        <translation>unbekannt: „%1“; erwartet wird „vista“, „xp-sp2“ oder „server2003-sp1“</translation>
    </message>
    <message>
        <source>"%1" is listed more than once</source>
        <translation>„%1“ ist mehrfach aufgeführt</translation>
    </message>
    <message>
        <source>expected a Windows build number from 0 to 4294967295, found %1</source>
        <translation>erwartet wurde eine Windows-Buildnummer von 0 bis 4294967295, gefunden: %1</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>erwartet wurde true oder false, gefunden: %1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>erwartet wurde ein Objekt, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>erwartet wurde eine Zeichenkette, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a UTC time like "2026-11-22T10:00:00Z", found "%1"</source>
        <translation>erwartet wurde eine UTC-Zeit wie „2026-11-22T10:00:00Z“, gefunden „%1“</translation>
    </message>
    <message>
        <source>the text has %1 characters; at most %2 are allowed</source>
        <translation>der Text hat %1 Zeichen; zulässig sind höchstens %2</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>erwartet wurde eine ganze Zahl, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2, found %3</source>
        <translation>erwartet wurde eine Zahl von %1 bis %2, gefunden %3</translation>
    </message>
    <message>
        <source>expected one of %1, found %2</source>
        <translation>erwartet wurde einer der Werte %1, gefunden %2</translation>
    </message>
    <message>
        <source>expected an array of strings, found %1</source>
        <translation>erwartet wurde ein Array von Zeichenketten, gefunden: %1</translation>
    </message>
    <message>
        <source>missing; expected "NotConfigured", "Enabled" or "Disabled"</source>
        <translation>fehlt; erwartet wird „NotConfigured“, „Enabled“ oder „Disabled“</translation>
    </message>
    <message>
        <source>expected "NotConfigured", "Enabled" or "Disabled", found %1</source>
        <translation>erwartet wurde „NotConfigured“, „Enabled“ oder „Disabled“, gefunden: %1</translation>
    </message>
    <message>
        <source>expected "NotConfigured", "Enabled" or "Disabled", found "%1"</source>
        <translation>erwartet wurde „NotConfigured“, „Enabled“ oder „Disabled“, gefunden „%1“</translation>
    </message>
    <message>
        <source>unknown option "%1" of %2; it has no options</source>
        <translation>unbekannte Option „%1“ von %2; die Richtlinie hat keine Optionen</translation>
    </message>
    <message>
        <source>unknown option "%1" of %2; its options are %3</source>
        <translation>unbekannte Option „%1“ von %2; ihre Optionen sind %3</translation>
    </message>
    <message>
        <source>missing; expected an object with one member per policy</source>
        <translation>fehlt; erwartet wird ein Objekt mit einer Eigenschaft je Richtlinie</translation>
    </message>
    <message>
        <source>unknown policy "%1"; use its CSP name "%2"</source>
        <translation>unbekannte Richtlinie „%1“; verwenden Sie ihren CSP-Namen „%2“</translation>
    </message>
    <message>
        <source>unknown policy "%1"; expected CustomizeWarningMessages, SessionLogging, SolicitedRemoteAssistance or UnsolicitedRemoteAssistance</source>
        <translation>unbekannte Richtlinie „%1“; erwartet wird CustomizeWarningMessages, SessionLogging, SolicitedRemoteAssistance oder UnsolicitedRemoteAssistance</translation>
    </message>
    <message>
        <source>the member "%1" appears more than once in its object</source>
        <translation>die Eigenschaft „%1“ kommt in ihrem Objekt mehr als einmal vor</translation>
    </message>
    <message>
        <source>expected a JSON object (a Remote Assistance console profile), found %1</source>
        <translation>erwartet wurde ein JSON-Objekt (ein Profil der Remoteunterstützungskonsole), gefunden: %1</translation>
    </message>
    <message>
        <source>expected a string of 64 hex digits, found %1</source>
        <translation>erwartet wurde eine Zeichenkette aus 64 Hexadezimalziffern, gefunden: %1</translation>
    </message>
    <message>
        <source>the profile is not valid</source>
        <translation>das Profil ist ungültig</translation>
    </message>
    <message>
        <source>the author is not valid UTF-8 text</source>
        <translation>der Autor ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>the host name is not valid UTF-8 text</source>
        <translation>der Hostname ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>the product version is not valid UTF-8 text</source>
        <translation>die Produktversion ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>the comment of %1 is not valid UTF-8 text</source>
        <translation>der Kommentar von %1 ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>option %1 of %2 is not valid UTF-8 text</source>
        <translation>Option %1 von %2 ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>an entry of option %1 of %2 is not valid UTF-8 text</source>
        <translation>ein Eintrag der Option %1 von %2 ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>the file is empty; expected a profile (JSON)</source>
        <translation>die Datei ist leer; erwartet wird ein Profil (JSON)</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>this is not a Remote Assistance console profile (expected "schema": "%1")</source>
        <translation>dies ist kein Profil der Remoteunterstützungskonsole (erwartet wird "schema": "%1")</translation>
    </message>
    <message>
        <source>missing or invalid profile version; expected a whole number</source>
        <translation>die Profilversion fehlt oder ist ungültig; erwartet wird eine ganze Zahl</translation>
    </message>
    <message>
        <source>this profile has format version %1, written by a newer version of the console; this version reads formats 1 to %2 only. Update the console to open it.</source>
        <translation>dieses Profil hat die Formatversion %1 und wurde von einer neueren Version der Konsole geschrieben; diese Version liest nur die Formate 1 bis %2. Aktualisieren Sie die Konsole, um es zu öffnen.</translation>
    </message>
    <message>
        <source>invalid profile version %1; expected 1 to %2</source>
        <translation>ungültige Profilversion %1; erwartet wird 1 bis %2</translation>
    </message>
    <message>
        <source>the profile was changed after it was written (it has no SHA-256)</source>
        <translation>das Profil wurde nach dem Schreiben geändert (es hat keinen SHA-256)</translation>
    </message>
    <message>
        <source>the profile was changed after it was written (its SHA-256 does not match)</source>
        <translation>das Profil wurde nach dem Schreiben geändert (sein SHA-256 stimmt nicht)</translation>
    </message>
    <message>
        <source>policy %1 has no option "%2"</source>
        <translation>Richtlinie %1 hat keine Option „%2“</translation>
    </message>
    <message>
        <source>option %1 of %2 takes a text</source>
        <translation>Option %1 von %2 nimmt einen Text</translation>
    </message>
    <message>
        <source>option %1 of %2 takes a number</source>
        <translation>Option %1 von %2 nimmt eine Zahl</translation>
    </message>
    <message>
        <source>option %1 of %2 takes a choice (number)</source>
        <translation>Option %1 von %2 nimmt eine Auswahl (Zahl)</translation>
    </message>
    <message>
        <source>option %1 of %2 takes a list of strings</source>
        <translation>Option %1 von %2 nimmt eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <source>option %1 is not text</source>
        <translation>Option %1 ist kein Text</translation>
    </message>
    <message>
        <source>option %1 is not a number</source>
        <translation>Option %1 ist keine Zahl</translation>
    </message>
    <message>
        <source>option %1 is not a list</source>
        <translation>Option %1 ist keine Liste</translation>
    </message>
    <message>
        <source>unknown Windows family</source>
        <translation>unbekannte Windows-Familie</translation>
    </message>
    <message>
        <source>a firewall rule name or path cannot contain a double quote: %1</source>
        <translation>ein Firewallregelname oder -pfad darf kein doppeltes Anführungszeichen enthalten: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>RegDeleteKeyExW failed: the key has subkeys (%1)</source>
        <translation>RegDeleteKeyExW fehlgeschlagen: der Schlüssel hat Unterschlüssel (%1)</translation>
    </message>
    <message>
        <source>invalid key name</source>
        <translation>ungültiger Schlüsselname</translation>
    </message>
    <message>
        <source>the key has subkeys and cannot be deleted</source>
        <translation>der Schlüssel hat Unterschlüssel und kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>write %1 refused (injected failure)</source>
        <translation>Schreibvorgang %1 abgelehnt (eingeschleuster Fehler)</translation>
    </message>
    <message>
        <source>no bkupInfo.xml: not a Group Policy backup folder</source>
        <translation>keine bkupInfo.xml: kein Sicherungsordner einer Gruppenrichtlinie</translation>
    </message>
    <message>
        <source>expected &lt;BackupInst&gt; as the root element, found &lt;%1&gt;</source>
        <translation>erwartet wurde &lt;BackupInst&gt; als Wurzelelement, gefunden &lt;%1&gt;</translation>
    </message>
    <message>
        <source>expected &lt;Backups&gt; as the root element, found &lt;%1&gt;</source>
        <translation>erwartet wurde &lt;Backups&gt; als Wurzelelement, gefunden &lt;%1&gt;</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>no Group Policy backup here: expected manifest.xml or {BackupId} folders with bkupInfo.xml</source>
        <translation>hier ist keine Gruppenrichtliniensicherung: erwartet wird manifest.xml oder {BackupId}-Ordner mit bkupInfo.xml</translation>
    </message>
    <message>
        <source>no backup with ID %1</source>
        <translation>keine Sicherung mit der ID %1</translation>
    </message>
    <message>
        <source>the backup has no DomainSysvol/GPO/Machine/registry.pol, so it holds no computer Administrative Templates settings</source>
        <translation>die Sicherung hat keine DomainSysvol/GPO/Machine/registry.pol und enthält daher keine Einstellungen administrativer Vorlagen für den Computer</translation>
    </message>
    <message>
        <source>the GPO display name is empty: GPMC's Import Settings wizard and Import-GPO -BackupGpoName find backups by it</source>
        <translation>der Anzeigename des GPO ist leer: der Assistent „Einstellungen importieren“ der GPMC und Import-GPO -BackupGpoName finden Sicherungen über ihn</translation>
    </message>
    <message>
        <source>GPO GUID "%1" is not a GUID in braces like {2199EA28-42D1-4F0C-8043-EDD3A546BD9A}</source>
        <translation>die GPO-GUID „%1“ ist keine GUID in geschweiften Klammern wie {2199EA28-42D1-4F0C-8043-EDD3A546BD9A}</translation>
    </message>
    <message>
        <source>backup ID "%1" is not a GUID in braces like {2199EA28-42D1-4F0C-8043-EDD3A546BD9A}</source>
        <translation>die Sicherungs-ID „%1“ ist keine GUID in geschweiften Klammern wie {2199EA28-42D1-4F0C-8043-EDD3A546BD9A}</translation>
    </message>
    <message>
        <source>backup time "%1" is not in the form YYYY-MM-DDTHH:MM:SS</source>
        <translation>der Sicherungszeitpunkt „%1“ hat nicht die Form YYYY-MM-DDTHH:MM:SS</translation>
    </message>
    <message>
        <source>domain "%1" is not a DNS name (letters, digits, '-' and '.')</source>
        <translation>die Domäne „%1“ ist kein DNS-Name (Buchstaben, Ziffern, „-“ und „.“)</translation>
    </message>
    <message>
        <source>not a Group Policy backup manifest: expected &lt;Backups xmlns="%1"&gt;, found &lt;%2&gt;</source>
        <translation>kein Manifest von Gruppenrichtliniensicherungen: erwartet wurde &lt;Backups xmlns="%1"&gt;, gefunden &lt;%2&gt;</translation>
    </message>
    <message>
        <source>the manifest already lists a backup with ID %1</source>
        <translation>das Manifest führt bereits eine Sicherung mit der ID %1</translation>
    </message>
    <message>
        <source>manifest has no closing &lt;/%1&gt;</source>
        <translation>das Manifest hat kein schließendes &lt;/%1&gt;</translation>
    </message>
    <message>
        <source>is not a folder: choose a folder for the backup</source>
        <translation>ist kein Ordner: wählen Sie einen Ordner für die Sicherung</translation>
    </message>
    <message>
        <source>a backup with this ID already exists</source>
        <translation>eine Sicherung mit dieser ID existiert bereits</translation>
    </message>
    <message>
        <source>%1 (and 1 more problem)</source>
        <translation>%1 (und 1 weiteres Problem)</translation>
    </message>
    <message>
        <source>%1 (and %2 more problems)</source>
        <translation>%1 (und %2 weitere Probleme)</translation>
    </message>
    <message>
        <source>You may not write there. Choose another folder, or ask an administrator for write access.</source>
        <translation>Sie dürfen dort nicht schreiben. Wählen Sie einen anderen Ordner, oder bitten Sie einen Administrator um Schreibrechte.</translation>
    </message>
    <message>
        <source>You may not read this. Ask an administrator for read access, or copy the file to a folder you can read.</source>
        <translation>Sie dürfen dies nicht lesen. Bitten Sie einen Administrator um Leserechte, oder kopieren Sie die Datei in einen Ordner, den Sie lesen können.</translation>
    </message>
    <message>
        <source>A folder on the path does not exist. Choose an existing folder.</source>
        <translation>Ein Ordner im Pfad existiert nicht. Wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>Check the path: the file may have been moved, renamed or deleted.</source>
        <translation>Prüfen Sie den Pfad: Die Datei wurde möglicherweise verschoben, umbenannt oder gelöscht.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space or choose another drive, then try again.</source>
        <translation>Der Datenträger ist voll. Geben Sie Speicherplatz frei oder wählen Sie ein anderes Laufwerk, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The drive is read-only. Choose a folder on a drive you can write to.</source>
        <translation>Das Laufwerk ist schreibgeschützt. Wählen Sie einen Ordner auf einem beschreibbaren Laufwerk.</translation>
    </message>
    <message>
        <source>A part of the path is a file, not a folder. Choose another place.</source>
        <translation>Ein Teil des Pfads ist eine Datei und kein Ordner. Wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>This is a folder. Choose a file.</source>
        <translation>Dies ist ein Ordner. Wählen Sie eine Datei.</translation>
    </message>
    <message>
        <source>The path is too long. Choose a shorter folder or file name.</source>
        <translation>Der Pfad ist zu lang. Wählen Sie einen kürzeren Ordner- oder Dateinamen.</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>Offset %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>value "%1"</source>
        <translation>Wert „%1“</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>Byte %1</translation>
    </message>
    <message>
        <source>code unit %1</source>
        <translation>Codeeinheit %1</translation>
    </message>
    <message>
        <source>CmdID %1 (line %2)</source>
        <translation>CmdID %1 (Zeile %2)</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <comment>file: place in the file: what is wrong</comment>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>file or place in the file: what is wrong</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The file is damaged or is not a registry.pol file. Restore it from a backup, or let the console write a new one.</source>
        <translation>Die Datei ist beschädigt oder keine registry.pol-Datei. Stellen Sie sie aus einer Sicherung wieder her, oder lassen Sie die Konsole eine neue schreiben.</translation>
    </message>
    <message>
        <source>The file is damaged or is not the file expected here. Correct it in a text editor at the place shown, or restore it from a backup.</source>
        <translation>Die Datei ist beschädigt oder nicht die hier erwartete Datei. Korrigieren Sie sie in einem Texteditor an der angegebenen Stelle, oder stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Correct the file in a text editor at the place shown, or export it again.</source>
        <translation>Korrigieren Sie die Datei in einem Texteditor an der angegebenen Stelle, oder exportieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Correct the value in the console, then try again.</source>
        <translation>Korrigieren Sie den Wert in der Konsole, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Correct the document at the place shown, or export it again.</source>
        <translation>Korrigieren Sie das Dokument an der angegebenen Stelle, oder exportieren Sie es erneut.</translation>
    </message>
    <message>
        <source>Ask whoever sent the profile for a new copy. Use this one only if you know who changed it and why.</source>
        <translation>Bitten Sie den Absender des Profils um eine neue Kopie. Verwenden Sie dieses nur, wenn Sie wissen, wer es geändert hat und warum.</translation>
    </message>
    <message>
        <source>The file is not a complete profile. Ask for it again, or open the profile the console saved.</source>
        <translation>Die Datei ist kein vollständiges Profil. Fordern Sie sie erneut an, oder öffnen Sie das von der Konsole gespeicherte Profil.</translation>
    </message>
    <message>
        <source>Correct the value at the place shown, or ask whoever sent the profile for a new copy.</source>
        <translation>Korrigieren Sie den Wert an der angegebenen Stelle, oder bitten Sie den Absender des Profils um eine neue Kopie.</translation>
    </message>
    <message>
        <source>Choose the folder that holds manifest.xml, or the {GUID} folder of one backup.</source>
        <translation>Wählen Sie den Ordner mit manifest.xml oder den {GUID}-Ordner einer einzelnen Sicherung.</translation>
    </message>
</context>
<context>
    <name>ra::ExplainTextProvider</name>
    <message>
        <source>%1 is not in this folder</source>
        <translation>%1 ist nicht in diesem Ordner</translation>
    </message>
    <message>
        <source>no remoteassistance.adml in the language folders %1</source>
        <translation>keine remoteassistance.adml in den Sprachordnern %1</translation>
    </message>
    <message>
        <source>Remote Assistance</source>
        <translation>Remoteunterstützung</translation>
    </message>
</context>
<context>
    <name>ra::FindingText</name>
    <message>
        <source>%1 and %2</source>
        <comment>a list: all items but the last (separated by commas), the last item</comment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>the Remote Desktop exception</source>
        <translation>die Remotedesktop-Ausnahme</translation>
    </message>
    <message>
        <source>the %1 exception</source>
        <translation>die Ausnahme „%1“</translation>
    </message>
    <message>
        <source>"%1" of %2 ("%3") has %4 characters; at most %5 are allowed.</source>
        <translation>„%1“ in „%2“ („%3“) hat %4 Zeichen; zulässig sind höchstens %5.</translation>
    </message>
    <message>
        <source>"%1" of %2 is not valid UTF-8 text; retype it.</source>
        <translation>„%1“ in „%2“ ist kein gültiger UTF-8-Text; geben Sie den Text neu ein.</translation>
    </message>
    <message>
        <source>"%1" of %2 ("%3") contains a NUL character; Windows would cut the text there. Remove it.</source>
        <translation>„%1“ in „%2“ („%3“) enthält ein NUL-Zeichen; Windows würde den Text dort abschneiden. Entfernen Sie es.</translation>
    </message>
    <message>
        <source>"%1" of %2 is %3; it must be between %4 and %5.</source>
        <translation>„%1“ in „%2“ ist %3; der Wert muss zwischen %4 und %5 liegen.</translation>
    </message>
    <message>
        <source>"%1" of %2 is %3, which is not one of its choices (%4).</source>
        <translation>„%1“ in „%2“ hat den Wert %3, der keiner der Auswahlmöglichkeiten entspricht (%4).</translation>
    </message>
    <message>
        <source>Helper entry %1 is empty; remove the row or enter DOMAIN\Name.</source>
        <translation>Helfereintrag %1 ist leer; entfernen Sie die Zeile oder geben Sie DOMÄNE\Name ein.</translation>
    </message>
    <message>
        <source>Helper entry %1 contains only spaces; remove the row or enter DOMAIN\Name.</source>
        <translation>Helfereintrag %1 enthält nur Leerzeichen; entfernen Sie die Zeile oder geben Sie DOMÄNE\Name ein.</translation>
    </message>
    <message>
        <source>Helper entry %1 is not valid UTF-8 text; retype it.</source>
        <translation>Helfereintrag %1 ist kein gültiger UTF-8-Text; geben Sie ihn neu ein.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") starts with a space; remove it, no account name starts with one.</source>
        <translation>Helfereintrag %1 („%2“) beginnt mit einem Leerzeichen; entfernen Sie es, kein Kontoname beginnt mit einem Leerzeichen.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") ends with a space; remove it, no account name ends with one.</source>
        <translation>Helfereintrag %1 („%2“) endet mit einem Leerzeichen; entfernen Sie es, kein Kontoname endet mit einem Leerzeichen.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") starts and ends with a space; remove it, no account name starts and ends with one.</source>
        <translation>Helfereintrag %1 („%2“) beginnt und endet mit einem Leerzeichen; entfernen Sie diese, kein Kontoname beginnt oder endet mit einem Leerzeichen.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") starts with an invisible (non-breaking or zero-width) space; remove it, no account name starts with one.</source>
        <translation>Helfereintrag %1 („%2“) beginnt mit einem unsichtbaren Leerzeichen (geschützt oder mit Nullbreite); entfernen Sie es, kein Kontoname beginnt mit einem Leerzeichen.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") ends with an invisible (non-breaking or zero-width) space; remove it, no account name ends with one.</source>
        <translation>Helfereintrag %1 („%2“) endet mit einem unsichtbaren Leerzeichen (geschützt oder mit Nullbreite); entfernen Sie es, kein Kontoname endet mit einem Leerzeichen.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") starts and ends with an invisible (non-breaking or zero-width) space; remove it, no account name starts and ends with one.</source>
        <translation>Helfereintrag %1 („%2“) beginnt und endet mit unsichtbaren Leerzeichen (geschützt oder mit Nullbreite); entfernen Sie diese, kein Kontoname beginnt oder endet mit einem Leerzeichen.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") is a security identifier (SID); the helper list expects DOMAIN\Name, so Windows may not recognise it.</source>
        <translation>Helfereintrag %1 („%2“) ist eine Sicherheitskennung (SID); die Helferliste erwartet DOMÄNE\Name, daher erkennt Windows den Eintrag möglicherweise nicht.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") is a user principal name (user@domain); write it as DOMAIN\Name, for example %3.</source>
        <translation>Helfereintrag %1 („%2“) ist ein Benutzerprinzipalname (Benutzer@Domäne); schreiben Sie ihn als DOMÄNE\Name, zum Beispiel %3.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") has no domain; write it as DOMAIN\%3 (a local account as COMPUTER\%3).</source>
        <translation>Helfereintrag %1 („%2“) hat keine Domäne; schreiben Sie ihn als DOMÄNE\%3 (ein lokales Konto als COMPUTER\%3).</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") has %3 backslashes in a row; use exactly one: %4.</source>
        <translation>Helfereintrag %1 („%2“) enthält %3 umgekehrte Schrägstriche hintereinander; verwenden Sie genau einen: %4.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") has nothing before the backslash; put the domain or computer name there.</source>
        <translation>Helfereintrag %1 („%2“) hat nichts vor dem umgekehrten Schrägstrich; setzen Sie dort den Domänen- oder Computernamen ein.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") has nothing after the backslash; put the user or group name there.</source>
        <translation>Helfereintrag %1 („%2“) hat nichts nach dem umgekehrten Schrägstrich; setzen Sie dort den Benutzer- oder Gruppennamen ein.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") uses the DNS domain name "%3"; the helper list expects the NetBIOS domain name, for example %4.</source>
        <translation>Helfereintrag %1 („%2“) verwendet den DNS-Domänennamen „%3“; die Helferliste erwartet den NetBIOS-Domänennamen, zum Beispiel %4.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") has a domain name of %3 characters; NetBIOS domain and computer names have at most %4.</source>
        <translation>Helfereintrag %1 („%2“) hat einen Domänennamen mit %3 Zeichen; NetBIOS-Domänen- und -Computernamen haben höchstens %4.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") contains %3, which Windows does not allow in user or group names.</source>
        <translation>Helfereintrag %1 („%2“) enthält %3, was Windows in Benutzer- und Gruppennamen nicht zulässt.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") contains a control character, which Windows does not allow in user or group names.</source>
        <translation>Helfereintrag %1 („%2“) enthält ein Steuerzeichen, was Windows in Benutzer- und Gruppennamen nicht zulässt.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") contains %3 and a control character, which Windows does not allow in user or group names.</source>
        <translation>Helfereintrag %1 („%2“) enthält %3 und ein Steuerzeichen, was Windows in Benutzer- und Gruppennamen nicht zulässt.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") contains %3 in the domain name, which Windows does not allow there.</source>
        <translation>Helfereintrag %1 („%2“) enthält %3 im Domänennamen, was Windows dort nicht zulässt.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") contains a control character in the domain name, which Windows does not allow there.</source>
        <translation>Helfereintrag %1 („%2“) enthält ein Steuerzeichen im Domänennamen, was Windows dort nicht zulässt.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") contains %3 and a control character in the domain name, which Windows does not allow there.</source>
        <translation>Helfereintrag %1 („%2“) enthält %3 und ein Steuerzeichen im Domänennamen, was Windows dort nicht zulässt.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") contains %3 in the name, which Windows does not allow in user or group names.</source>
        <translation>Helfereintrag %1 („%2“) enthält %3 im Namen, was Windows in Benutzer- und Gruppennamen nicht zulässt.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") contains a control character in the name, which Windows does not allow in user or group names.</source>
        <translation>Helfereintrag %1 („%2“) enthält ein Steuerzeichen im Namen, was Windows in Benutzer- und Gruppennamen nicht zulässt.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") contains %3 and a control character in the name, which Windows does not allow in user or group names.</source>
        <translation>Helfereintrag %1 („%2“) enthält %3 und ein Steuerzeichen im Namen, was Windows in Benutzer- und Gruppennamen nicht zulässt.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") ends with a period, which Windows does not allow at the end of a user or group name.</source>
        <translation>Helfereintrag %1 („%2“) endet mit einem Punkt, was Windows am Ende eines Benutzer- oder Gruppennamens nicht zulässt.</translation>
    </message>
    <message>
        <source>Helper entry %1 ("%2") repeats entry %3 ("%4"); names are compared without regard to case. Remove one of them.</source>
        <translation>Helfereintrag %1 („%2“) wiederholt Eintrag %3 („%4“); Namen werden ohne Rücksicht auf Groß- und Kleinschreibung verglichen. Entfernen Sie einen der beiden.</translation>
    </message>
    <message>
        <source>Keep it if your organisation accepts the deviation, and record the reason in the policy comment.</source>
        <translation>Behalten Sie die Einstellung bei, wenn Ihre Organisation die Abweichung akzeptiert, und halten Sie den Grund im Kommentar der Richtlinie fest.</translation>
    </message>
    <message>
        <source>Offer Remote Assistance is enabled, but no helper is listed, so nobody is allowed to offer help.</source>
        <translation>Remoteunterstützung anbieten ist aktiviert, aber es ist kein Helfer eingetragen; daher darf niemand Hilfe anbieten.</translation>
    </message>
    <message>
        <source>Add the helpdesk group as DOMAIN\Group (for example CORP\Helpdesk), or disable the policy.</source>
        <translation>Tragen Sie die Helpdesk-Gruppe als DOMÄNE\Gruppe ein (zum Beispiel CORP\Helpdesk), oder deaktivieren Sie die Richtlinie.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a Windows version family: its firewall exceptions</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Offer Remote Assistance only works when Windows Firewall allows it in the domain profile of every helped computer. %1.</source>
        <translation>Remoteunterstützung anbieten funktioniert nur, wenn die Windows-Firewall sie im Domänenprofil jedes Computers zulässt, dem geholfen wird. %1.</translation>
    </message>
    <message>
        <source>Offer Remote Assistance is enabled while Solicited Remote Assistance is disabled; older Windows clients then refuse offered help as well.</source>
        <translation>Remoteunterstützung anbieten ist aktiviert, angeforderte Remoteunterstützung aber deaktiviert; ältere Windows-Clients lehnen dann auch angebotene Hilfe ab.</translation>
    </message>
    <message>
        <source>Enable Solicited Remote Assistance, or leave it Not configured, on computers that must accept offers.</source>
        <translation>Aktivieren Sie die angeforderte Remoteunterstützung auf Computern, die Angebote annehmen sollen, oder lassen Sie sie dort „Nicht konfiguriert“.</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>a policy name in a list of policy names (add quotes here if your language quotes them)</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>The Policy CSP documentation does not list %1 as supported for %2; computers with this edition may ignore it.</source>
        <translation>Laut der Policy-CSP-Dokumentation wird %2 in der Edition %1 nicht unterstützt; Computer mit dieser Edition ignorieren die Richtlinie möglicherweise.</translation>
    </message>
    <message>
        <source>The Policy CSP documentation does not list %1 as supported for %2; computers with this edition may ignore them.</source>
        <translation>Laut der Policy-CSP-Dokumentation werden %2 in der Edition %1 nicht unterstützt; Computer mit dieser Edition ignorieren diese Richtlinien möglicherweise.</translation>
    </message>
    <message>
        <source>Check the policy on a %1 computer before relying on it, or remove %1 from the target editions.</source>
        <translation>Prüfen Sie die Richtlinie auf einem Computer mit %1, bevor Sie sich darauf verlassen, oder entfernen Sie %1 aus den Ziel-Editionen.</translation>
    </message>
    <message>
        <source>Delivered through MDM, these policies need Windows 10, version %1 (build %2) or later; the oldest target is build %3, which ignores them.</source>
        <translation>Über MDM verteilt, benötigen diese Richtlinien Windows 10, Version %1 (Build %2) oder höher; das älteste Ziel hat Build %3 und ignoriert sie.</translation>
    </message>
    <message>
        <source>Update those computers to version %1 or later, or deliver through Group Policy instead.</source>
        <translation>Aktualisieren Sie diese Computer auf Version %1 oder höher, oder verteilen Sie die Richtlinien stattdessen über Gruppenrichtlinien.</translation>
    </message>
    <message>
        <source>The e-mail method "Mailto" only applies to Windows XP and Windows Server 2003; Windows Vista and later always send invitations through Simple MAPI.</source>
        <translation>Die E-Mail-Methode „Mailto“ gilt nur für Windows XP und Windows Server 2003; ab Windows Vista werden Einladungen immer über Simple MAPI gesendet.</translation>
    </message>
    <message>
        <source>Nothing to do for current Windows; choose Simple MAPI to state what they do.</source>
        <translation>Für aktuelle Windows-Versionen ist nichts zu tun; wählen Sie Simple MAPI, damit die Einstellung ihrem Verhalten entspricht.</translation>
    </message>
    <message>
        <source>%1 is enabled, but "%2" is empty, so the user sees no explanation at that step.</source>
        <translation>„%1“ ist aktiviert, aber „%2“ ist leer; der Benutzer sieht an dieser Stelle also keine Erklärung.</translation>
    </message>
    <message>
        <source>Write the message, or disable the policy to keep Windows' own warnings.</source>
        <translation>Schreiben Sie die Meldung, oder deaktivieren Sie die Richtlinie, damit Windows seine eigenen Warnungen zeigt.</translation>
    </message>
    <message>
        <source>Solicited Remote Assistance is enabled; the DISA STIG (WN10-CC-000155) and the CIS benchmark require it to be disabled.</source>
        <translation>Angeforderte Remoteunterstützung ist aktiviert; der DISA STIG (WN10-CC-000155) und der CIS-Benchmark verlangen, sie zu deaktivieren.</translation>
    </message>
    <message>
        <source>Offer Remote Assistance is enabled; the CIS benchmark recommends disabling it.</source>
        <translation>Remoteunterstützung anbieten ist aktiviert; der CIS-Benchmark empfiehlt, sie zu deaktivieren.</translation>
    </message>
    <message>
        <source>%1 (Not written while the policy is Disabled.)</source>
        <translation>%1 (Wird nicht geschrieben, solange die Richtlinie deaktiviert ist.)</translation>
    </message>
    <message>
        <source>%1 (Not written while the policy is Not configured.)</source>
        <translation>%1 (Wird nicht geschrieben, solange die Richtlinie nicht konfiguriert ist.)</translation>
    </message>
    <message>
        <source>Open these exceptions with a firewall policy or the generated netsh or PowerShell commands, then mark them as deployed for these Windows versions.</source>
        <translation>Öffnen Sie diese Ausnahmen mit einer Firewallrichtlinie oder den erzeugten netsh- oder PowerShell-Befehlen und markieren Sie sie dann für diese Windows-Versionen als verteilt.</translation>
    </message>
</context>
<context>
    <name>ra::FindingsModel</name>
    <message>
        <source>%1
How to fix: %2</source>
        <translation>%1
So beheben Sie es: %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Behebung</translation>
    </message>
</context>
<context>
    <name>ra::FirewallModel</name>
    <message>
        <source>Windows Vista and later</source>
        <translation>Windows Vista und höher</translation>
    </message>
    <message>
        <source>Windows XP SP2 and Windows XP Professional x64 Edition SP1</source>
        <translation>Windows XP SP2 und Windows XP Professional x64 Edition SP1</translation>
    </message>
    <message>
        <source>Windows Server 2003 SP1</source>
        <translation>Windows Server 2003 SP1</translation>
    </message>
    <message>
        <source>Remote Desktop exception</source>
        <translation>Remotedesktop-Ausnahme</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Windows version / exception</source>
        <translation>Windows-Version / Ausnahme</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>New-NetFirewallRule needs Windows 8 or Windows Server 2012 or later; use the netsh lines on older versions.</source>
        <translation>New-NetFirewallRule erfordert Windows 8 oder Windows Server 2012 oder höher; verwenden Sie auf älteren Versionen die netsh-Zeilen.</translation>
    </message>
    <message>
        <source>No PowerShell cmdlet for firewall rules on this version; use the netsh lines.</source>
        <translation>Diese Version hat kein PowerShell-Cmdlet für Firewallregeln; verwenden Sie die netsh-Zeilen.</translation>
    </message>
</context>
<context>
    <name>ra::HelperListModel</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ra::NoteText</name>
    <message>
        <source>control entry %1 removed %2 Remote Assistance value(s) set before it</source>
        <translation>Steuereintrag %1 hat zuvor gesetzte Werte der Remoteunterstützung entfernt (%2)</translation>
    </message>
    <message>
        <source>duplicate entry %1 (the last one is used)</source>
        <translation>Doppelter Eintrag %1 (der letzte gilt)</translation>
    </message>
    <message>
        <source>control entry %1 was not interpreted</source>
        <translation>Steuereintrag %1 wurde nicht ausgewertet</translation>
    </message>
    <message>
        <source>%1 of %2 is %3, expected REG_DWORD; policy read as Not configured</source>
        <translation>%1 von %2 ist %3, erwartet wird REG_DWORD; die Richtlinie wird als „Nicht konfiguriert“ gelesen</translation>
    </message>
    <message>
        <source>%1 of %2 is %3, neither the enabled nor the disabled value; policy read as Not configured</source>
        <translation>%1 von %2 ist %3, weder der Wert für „Aktiviert“ noch der für „Deaktiviert“; die Richtlinie wird als „Nicht konfiguriert“ gelesen</translation>
    </message>
    <message>
        <source>helper entry "%1" is %2, expected REG_SZ; skipped</source>
        <translation>Helfereintrag „%1“ ist %2, erwartet wird REG_SZ; übersprungen</translation>
    </message>
    <message>
        <source>helper entry "%1" has data "%2"; Windows reads the data, the name should be the same</source>
        <translation>Helfereintrag „%1“ hat die Daten „%2“; Windows liest die Daten, der Name sollte gleich lauten</translation>
    </message>
    <message>
        <source>%1 of %2 is missing; the editor's default is shown</source>
        <translation>%1 von %2 fehlt; der Standardwert des Editors wird angezeigt</translation>
    </message>
    <message>
        <source>%1 of %2 is %3, expected %4</source>
        <translation>%1 von %2 ist %3, erwartet wird %4</translation>
    </message>
    <message>
        <source>%1 of %2 is %3, which is not one of its choices</source>
        <translation>%1 von %2 ist %3, was keiner der Auswahlmöglichkeiten entspricht</translation>
    </message>
    <message>
        <source>%1 value(s) on %2 ignored: %3 is Disabled</source>
        <translation>%1 Wert(e) unter %2 ignoriert: %3 ist deaktiviert</translation>
    </message>
    <message>
        <source>%1 value(s) on %2 ignored: %3 is Not configured</source>
        <translation>%1 Wert(e) unter %2 ignoriert: %3 ist nicht konfiguriert</translation>
    </message>
    <message>
        <source>%1 ignored: %2 is Disabled</source>
        <translation>%1 ignoriert: %2 ist deaktiviert</translation>
    </message>
    <message>
        <source>%1 ignored: %2 is Not configured</source>
        <translation>%1 ignoriert: %2 ist nicht konfiguriert</translation>
    </message>
    <message>
        <source>manifest.xml lists backup %1 ("%2") but its folder is missing</source>
        <translation>manifest.xml führt die Sicherung %1 („%2“), ihr Ordner fehlt aber</translation>
    </message>
    <message>
        <source>folder %1 has no bkupInfo.xml and was not read</source>
        <translation>Ordner %1 hat keine bkupInfo.xml und wurde nicht gelesen</translation>
    </message>
    <message>
        <source>folder %1 says its ID is %2</source>
        <translation>Ordner %1 gibt als ID %2 an</translation>
    </message>
    <message>
        <source>bkupInfo.xml is missing; the backup's name and time are unknown</source>
        <translation>bkupInfo.xml fehlt; Name und Zeitpunkt der Sicherung sind unbekannt</translation>
    </message>
    <message>
        <source>User/registry.pol has %1 entries; they are not read (the Remote Assistance policies are computer policies)</source>
        <translation>User/registry.pol enthält %1 Einträge; sie werden nicht gelesen (die Richtlinien der Remoteunterstützung sind Computerrichtlinien)</translation>
    </message>
    <message>
        <source>security settings (GptTmpl.inf) are not read</source>
        <translation>Sicherheitseinstellungen (GptTmpl.inf) werden nicht gelesen</translation>
    </message>
    <message>
        <source>advanced audit settings (audit.csv) are not read</source>
        <translation>Erweiterte Überwachungseinstellungen (audit.csv) werden nicht gelesen</translation>
    </message>
    <message>
        <source>Group Policy Preferences are not read</source>
        <translation>Gruppenrichtlinieneinstellungen (Preferences) werden nicht gelesen</translation>
    </message>
    <message>
        <source>Backup.xml: expected &lt;GroupPolicyBackupScheme&gt;, found &lt;%1&gt;</source>
        <translation>Backup.xml: &lt;GroupPolicyBackupScheme&gt; erwartet, &lt;%1&gt; gefunden</translation>
    </message>
    <message>
        <source>client-side extension %1 %2 is not read</source>
        <translation>Clientseitige Erweiterung %1 %2 wird nicht gelesen</translation>
    </message>
    <message>
        <source>Backup.xml is missing; GPMC and Import-GPO need it to import this backup</source>
        <translation>Backup.xml fehlt; GPMC und Import-GPO benötigen die Datei, um diese Sicherung zu importieren</translation>
    </message>
    <message>
        <source>comment.cmtx holds %1 comments on other policies; they are not read</source>
        <translation>comment.cmtx enthält %1 Kommentare zu anderen Richtlinien; sie werden nicht gelesen</translation>
    </message>
    <message>
        <source>%1 is not under HKEY_LOCAL_MACHINE and was skipped</source>
        <translation>%1 liegt nicht unter HKEY_LOCAL_MACHINE und wurde übersprungen</translation>
    </message>
</context>
<context>
    <name>ra::PolicyDocument</name>
    <message>
        <source>Set “%1” to %2</source>
        <translation>„%1“ auf %2 setzen</translation>
    </message>
    <message>
        <source>Change “%1” of “%2”</source>
        <translation>„%1“ von „%2“ ändern</translation>
    </message>
    <message>
        <source>Edit the comment of “%1”</source>
        <translation>Kommentar von „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Include “%1” in the profile</source>
        <translation>„%1“ in das Profil übernehmen</translation>
    </message>
</context>
<context>
    <name>ra::PolicyTreeModel</name>
    <message>
        <source>Computer Configuration</source>
        <translation>Computerkonfiguration</translation>
    </message>
    <message>
        <source>Administrative Templates</source>
        <translation>Administrative Vorlagen</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Remote Assistance</source>
        <translation>Remoteunterstützung</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>%1
Not part of this profile: applying it leaves this policy as it is on the target. Edit it to include it.</source>
        <translation>%1
Nicht Teil dieses Profils: Beim Anwenden bleibt diese Richtlinie auf dem Ziel, wie sie ist. Bearbeiten Sie sie, um sie aufzunehmen.</translation>
    </message>
    <message>
        <source>Not part of this profile</source>
        <translation>Nicht Teil dieses Profils</translation>
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
        <translation>%1: nicht verfügbar</translation>
    </message>
    <message>
        <source>%1: available – %2</source>
        <translation>%1: verfügbar – %2</translation>
    </message>
    <message>
        <source>%1: available</source>
        <translation>%1: verfügbar</translation>
    </message>
</context>
<context>
    <name>ra::admx::AdmxReader</name>
    <message>
        <source>the file has no XML root element; expected &lt;%1&gt;</source>
        <translation>die Datei hat kein XML-Wurzelelement; erwartet: &lt;%1&gt;</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;; expected &lt;%2&gt;</source>
        <translation>das Wurzelelement ist &lt;%1&gt;; erwartet: &lt;%2&gt;</translation>
    </message>
    <message>
        <source>&lt;%1&gt; has no "%2" attribute</source>
        <translation>&lt;%1&gt; hat kein Attribut „%2“</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not a registry value; expected &lt;decimal&gt;, &lt;longDecimal&gt;, &lt;string&gt; or &lt;delete&gt;</source>
        <translation>&lt;%1&gt; ist kein Registrierungswert; erwartet: &lt;decimal&gt;, &lt;longDecimal&gt;, &lt;string&gt; oder &lt;delete&gt;</translation>
    </message>
</context>
<context>
    <name>ra::intune::IntuneClient</name>
    <message>
        <source>Signing in to tenant %1 as application %2</source>
        <translation>Anmeldung beim Mandanten %1 als Anwendung %2</translation>
    </message>
    <message>
        <source>Looking for the profile "%1"</source>
        <translation>Profil „%1“ wird gesucht</translation>
    </message>
    <message>
        <source>Reading the profile back to verify it</source>
        <translation>Das Profil wird zur Prüfung erneut gelesen</translation>
    </message>
    <message>
        <source>Updating the profile "%1"</source>
        <translation>Profil „%1“ wird aktualisiert</translation>
    </message>
    <message>
        <source>Creating the profile "%1"</source>
        <translation>Profil „%1“ wird erstellt</translation>
    </message>
    <message>
        <source>Listing device configurations</source>
        <translation>Gerätekonfigurationen werden aufgelistet</translation>
    </message>
    <message>
        <source>%1; waiting %2 ms before try %3 of %4</source>
        <translation>%1; %2 ms Wartezeit vor Versuch %3 von %4</translation>
    </message>
    <message>
        <source>updated the profile "%1" (id %2): %3 Remote Assistance settings, %4 other settings kept</source>
        <translation>Profil „%1“ (ID %2) aktualisiert: %3 Einstellungen der Remoteunterstützung, %4 andere Einstellungen beibehalten</translation>
    </message>
    <message>
        <source>read the profile back: it matches</source>
        <translation>Profil erneut gelesen: es stimmt überein</translation>
    </message>
    <message>
        <source>every policy is Not configured and there is no profile "%1": nothing to do</source>
        <translation>Alle Richtlinien sind nicht konfiguriert und es gibt kein Profil „%1“: nichts zu tun</translation>
    </message>
    <message>
        <source>created the profile "%1" (id %2) with %3 Remote Assistance settings</source>
        <translation>Profil „%1“ (ID %2) mit %3 Einstellungen der Remoteunterstützung erstellt</translation>
    </message>
    <message>
        <source>Connected to tenant %1; the profile "%2" exists (id %3).</source>
        <translation>Verbunden mit dem Mandanten %1; das Profil „%2“ existiert (ID %3).</translation>
    </message>
    <message>
        <source>Connected to tenant %1; the profile "%2" does not exist yet and will be created on the first push.</source>
        <translation>Verbunden mit dem Mandanten %1; das Profil „%2“ existiert noch nicht und wird bei der ersten Übertragung erstellt.</translation>
    </message>
</context>
<context>
    <name>ra::ui::AboutDialog</name>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (erstellt mit %2)</translation>
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
        <translation>Über die Remoteunterstützungs-Richtlinienkonsole</translation>
    </message>
    <message>
        <source>Application icon</source>
        <translation>Anwendungssymbol</translation>
    </message>
    <message>
        <source>Remote Assistance Policy Console</source>
        <translation>Remoteunterstützungs-Richtlinienkonsole</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Configure the four Windows Remote Assistance policies and deliver them to the registry, Group Policy, or MDM.</source>
        <translation>Konfiguriert die vier Richtlinien der Windows-Remoteunterstützung und verteilt sie über die Registrierung, Gruppenrichtlinien oder MDM.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Library versions</source>
        <translation>Bibliotheksversionen</translation>
    </message>
</context>
<context>
    <name>ra::ui::ApplyWorker</name>
    <message>
        <source>Writing %1</source>
        <translation>%1 wird geschrieben</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>Updating %1</source>
        <translation>%1 wird aktualisiert</translation>
    </message>
    <message>
        <source>Writing the backup to %1</source>
        <translation>Die Sicherung wird nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Writing %1 registry change</source>
        <translation>%1 Registrierungsänderung wird geschrieben</translation>
    </message>
    <message>
        <source>Writing %1 registry changes</source>
        <translation>%1 Registrierungsänderungen werden geschrieben</translation>
    </message>
    <message>
        <source>Updating the Local Group Policy object</source>
        <translation>Das lokale Gruppenrichtlinienobjekt wird aktualisiert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Wrote %1 Remote Assistance entries to %2 (replaced %3, kept %4 entries of other policies)</source>
        <translation>%1 Einträge der Remoteunterstützung nach %2 geschrieben (%3 ersetzt, %4 Einträge anderer Richtlinien beibehalten)</translation>
    </message>
    <message>
        <source>Wrote backup %1 ("%2", %3) to %4</source>
        <translation>Sicherung %1 („%2“, %3) nach %4 geschrieben</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 erstellt</translation>
    </message>
    <message>
        <source>Added the backup to %1</source>
        <translation>Sicherung in %1 eingetragen</translation>
    </message>
    <message>
        <source>wrote %1 (%2 key blocks); import it on the machine with: reg import "%3"</source>
        <translation>%1 geschrieben (%2 Schlüsselblöcke); importieren Sie die Datei auf dem Computer mit: reg import "%3"</translation>
    </message>
    <message>
        <source>Updated %1: %2 Remote Assistance entries, %3 other entries kept</source>
        <translation>%1 aktualisiert: %2 Einträge der Remoteunterstützung, %3 andere Einträge beibehalten</translation>
    </message>
    <message>
        <source>Updated %1 (machine version and Registry extension)</source>
        <translation>%1 aktualisiert (Computerversion und Registrierungserweiterung)</translation>
    </message>
    <message>
        <source>wrote %1 (%2 bytes, %3 Replace, %4 Delete)</source>
        <translation>%1 geschrieben (%2 Byte, %3 Replace, %4 Delete)</translation>
    </message>
    <message>
        <source>Wrote %1 LGPO records to %2</source>
        <translation>%1 LGPO-Datensätze nach %2 geschrieben</translation>
    </message>
    <message>
        <source>wrote %1 (%2 bytes, %3 OMA-URI settings)</source>
        <translation>%1 geschrieben (%2 Byte, %3 OMA-URI-Einstellungen)</translation>
    </message>
    <message>
        <source>updated the Local Group Policy object %1 (%2 entries of these policies, %3 of other policies kept) and its gpt.ini</source>
        <translation>Lokales Gruppenrichtlinienobjekt %1 (%2 Einträge dieser Richtlinien, %3 anderer Richtlinien beibehalten) und seine gpt.ini aktualisiert</translation>
    </message>
    <message>
        <source>Note: duplicate value %1 (%2 times; the last one applies)</source>
        <translation>Hinweis: doppelter Wert %1 (%2-mal; der letzte gilt)</translation>
    </message>
</context>
<context>
    <name>ra::ui::BackendFactory</name>
    <message>
        <source>The local registry target is not part of this build.</source>
        <translation>Das Ziel „Lokale Registrierung“ ist in diesem Build nicht enthalten.</translation>
    </message>
    <message>
        <source>The local registry is the Windows registry of the computer the console runs on; this computer does not run Windows. Export a .reg file instead and import it on the Windows computer with "reg import" or by double-clicking it.</source>
        <translation>Die lokale Registrierung ist die Windows-Registrierung des Computers, auf dem die Konsole läuft; dieser Computer läuft nicht unter Windows. Exportieren Sie stattdessen eine .reg-Datei und importieren Sie sie auf dem Windows-Computer mit „reg import“ oder per Doppelklick.</translation>
    </message>
    <message>
        <source>Intune delivery is not part of this build yet; export SyncML or Graph JSON and upload it in the Intune admin center.</source>
        <translation>Die Verteilung über Intune ist in diesem Build noch nicht enthalten; exportieren Sie SyncML oder Graph-JSON und laden Sie es im Intune Admin Center hoch.</translation>
    </message>
    <message>
        <source>This target is not part of this build.</source>
        <translation>Dieses Ziel ist in diesem Build nicht enthalten.</translation>
    </message>
    <message>
        <source>Registry files (*.reg)</source>
        <translation>Registrierungsdateien (*.reg)</translation>
    </message>
    <message>
        <source>SyncML files (*.xml *.syncml)</source>
        <translation>SyncML-Dateien (*.xml *.syncml)</translation>
    </message>
    <message>
        <source>Local registry (Windows)</source>
        <translation>Lokale Registrierung (Windows)</translation>
    </message>
    <message>
        <source>.reg file</source>
        <translation>.reg-Datei</translation>
    </message>
    <message>
        <source>Local GPO folder</source>
        <translation>Ordner des lokalen GPO</translation>
    </message>
    <message>
        <source>GPO backup folder</source>
        <translation>GPO-Sicherungsordner</translation>
    </message>
    <message>
        <source>SyncML file</source>
        <translation>SyncML-Datei</translation>
    </message>
    <message>
        <source>Microsoft Intune</source>
        <translation>Microsoft Intune</translation>
    </message>
    <message>
        <source>Choose a target folder first.</source>
        <translation>Wählen Sie zuerst einen Zielordner.</translation>
    </message>
    <message>
        <source>Choose a target file first.</source>
        <translation>Wählen Sie zuerst eine Zieldatei.</translation>
    </message>
</context>
<context>
    <name>ra::ui::BackendsPanel</name>
    <message>
        <source>Test the connection to Intune</source>
        <translation>Die Verbindung zu Intune testen</translation>
    </message>
    <message>
        <source>Connection test not started: %1</source>
        <translation>Verbindungstest nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Testing the connection to Intune…</source>
        <translation>Die Verbindung zu Intune wird getestet…</translation>
    </message>
    <message>
        <source>Connection OK: %1</source>
        <translation>Verbindung in Ordnung: %1</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Choose the target folder</source>
        <translation>Zielordner wählen</translation>
    </message>
    <message>
        <source>Choose the target file</source>
        <translation>Zieldatei wählen</translation>
    </message>
    <message>
        <source>Nothing to preview: the target would not change.</source>
        <translation>Nichts anzuzeigen: Das Ziel würde sich nicht ändern.</translation>
    </message>
    <message>
        <source>Preview failed: %1</source>
        <translation>Vorschau fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not applied: the configuration has errors. Fix the errors listed in the Findings panel, then apply again.</source>
        <translation>Nicht angewendet: Die Konfiguration enthält Fehler. Beheben Sie die im Bereich „Befunde“ aufgeführten Fehler und wenden Sie sie erneut an.</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Nicht angewendet: %1</translation>
    </message>
    <message>
        <source>Applying to %1 %2…</source>
        <translation>Anwenden auf %1 %2…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Done: the target was updated.</source>
        <translation>Fertig: Das Ziel wurde aktualisiert.</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <source>nothing was changed.</source>
        <translation>es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>Angewendet.</translation>
    </message>
    <message>
        <source>Not applied.</source>
        <translation>Nicht angewendet.</translation>
    </message>
    <message>
        <source>&amp;Deliver to:</source>
        <translation>V&amp;erteilen an:</translation>
    </message>
    <message>
        <source>Delivery target</source>
        <translation>Verteilungsziel</translation>
    </message>
    <message>
        <source>Target path</source>
        <translation>Zielpfad</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Browse for the target</source>
        <translation>Ziel suchen</translation>
    </message>
    <message>
        <source>Target not available</source>
        <translation>Ziel nicht verfügbar</translation>
    </message>
    <message>
        <source>Export a .reg file instead</source>
        <translation>Stattdessen .reg-Datei exportieren</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>A&amp;pplication (client) ID:</source>
        <translation>A&amp;nwendungs-ID (Client):</translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation>Anwendungs-ID</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Prof&amp;ilname:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Remote Assistance</source>
        <translation>Remoteunterstützung</translation>
    </message>
    <message>
        <source>The client secret is kept in the system keychain; set it in Settings.</source>
        <translation>Der geheime Clientschlüssel liegt im Schlüsselbund des Systems; legen Sie ihn in den Einstellungen fest.</translation>
    </message>
    <message>
        <source>&amp;GPO name:</source>
        <translation>&amp;GPO-Name:</translation>
    </message>
    <message>
        <source>GPO name</source>
        <translation>GPO-Name</translation>
    </message>
    <message>
        <source>Do&amp;main:</source>
        <translation>Do&amp;mäne:</translation>
    </message>
    <message>
        <source>corp.example.com (optional)</source>
        <translation>corp.example.com (optional)</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Preview changes</source>
        <translation>Änderungen in der Vorschau</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>An&amp;wenden</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Result &amp;log:</source>
        <translation>Ergebnis&amp;protokoll:</translation>
    </message>
    <message>
        <source>Result log</source>
        <translation>Ergebnisprotokoll</translation>
    </message>
    <message>
        <source>Target f&amp;older:</source>
        <translation>Ziel&amp;ordner:</translation>
    </message>
    <message>
        <source>Target f&amp;ile:</source>
        <translation>&amp;Zieldatei:</translation>
    </message>
    <message>
        <source>Export a .reg file &amp;instead</source>
        <translation>Stattdessen .&amp;reg-Datei exportieren</translation>
    </message>
    <message>
        <source>Tenant &amp;ID:</source>
        <translation>&amp;Mandanten-ID:</translation>
    </message>
    <message>
        <source>Te&amp;st connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>P&amp;review Changes</source>
        <translation>Änderungen in der &amp;Vorschau</translation>
    </message>
    <message>
        <source>Out of date: the configuration or the target changed after this preview. It is refreshed when this page is shown; Apply writes the current configuration.</source>
        <translation>Veraltet: Die Konfiguration oder das Ziel hat sich nach dieser Vorschau geändert. Sie wird aktualisiert, sobald diese Seite angezeigt wird; „Anwenden“ schreibt die aktuelle Konfiguration.</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Reading the target's current settings…</source>
        <translation>Die aktuellen Einstellungen des Ziels werden gelesen…</translation>
    </message>
    <message>
        <source>The target's current settings could not be read: %1</source>
        <translation>Die aktuellen Einstellungen des Ziels konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The target has no Remote Assistance settings yet; Apply writes all of them.</source>
        <translation>Das Ziel hat noch keine Einstellungen für Remoteunterstützung; „Anwenden“ schreibt sie alle.</translation>
    </message>
    <message>
        <source>The target already has these settings; Apply changes no policy.</source>
        <translation>Das Ziel hat diese Einstellungen bereits; „Anwenden“ ändert keine Richtlinie.</translation>
    </message>
    <message>
        <source>These settings change on the target (now → after Apply):</source>
        <translation>Diese Einstellungen ändern sich im Ziel (derzeit → nach dem Anwenden):</translation>
    </message>
    <message>
        <source>What Apply writes:</source>
        <translation>Was „Anwenden“ schreibt:</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>nicht verglichen</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>Reading the profile "%1" from Intune…</source>
        <translation>Das Profil „%1“ wird aus Intune gelesen…</translation>
    </message>
    <message>
        <source>Intune could not be read: %1. The right side shows what Apply would send; check the settings with Test connection.</source>
        <translation>Intune konnte nicht gelesen werden: %1. Rechts steht, was „Anwenden“ senden würde; prüfen Sie die Einstellungen mit „Verbindung testen“.</translation>
    </message>
    <message>
        <source>The profile "%1" does not exist in Intune yet; Apply creates it.</source>
        <translation>Das Profil „%1“ gibt es in Intune noch nicht; „Anwenden“ erstellt es.</translation>
    </message>
    <message>
        <source>The Remote Assistance settings of the Intune profile "%1", shown as the request body that sets them.</source>
        <translation>Die Einstellungen für Remoteunterstützung des Intune-Profils „%1“, dargestellt als der Anfragetext, der sie setzt.</translation>
    </message>
    <message>
        <source>Write to This Computer's Registry</source>
        <translation>In die Registrierung dieses Computers schreiben</translation>
    </message>
    <message>
        <source>Apply writes the Remote Assistance policies to the registry of this computer (HKEY_LOCAL_MACHINE) and to its Local Group Policy object. Windows uses them at the next policy refresh, and helpers may connect according to them.</source>
        <translation>„Anwenden“ schreibt die Richtlinien für Remoteunterstützung in die Registrierung dieses Computers (HKEY_LOCAL_MACHINE) und in sein lokales Gruppenrichtlinienobjekt. Windows verwendet sie bei der nächsten Richtlinienaktualisierung, und Helfer können sich danach verbinden.</translation>
    </message>
    <message>
        <source>Check the preview first. Write the registry now?</source>
        <translation>Prüfen Sie zuerst die Vorschau. Die Registrierung jetzt schreiben?</translation>
    </message>
    <message>
        <source>&amp;Write to the Registry</source>
        <translation>In die Registrierung &amp;schreiben</translation>
    </message>
    <message>
        <source>Do&amp;n't Write</source>
        <translation>&amp;Nicht schreiben</translation>
    </message>
    <message>
        <source>Not applied: you chose not to write the registry of this computer.</source>
        <translation>Nicht angewendet: Sie haben entschieden, die Registrierung dieses Computers nicht zu schreiben.</translation>
    </message>
    <message>
        <source>What the target holds now and what Apply would write, with their differences:</source>
        <translation>Was das Ziel derzeit enthält und was „Anwenden“ schreiben würde, mit den Unterschieden:</translation>
    </message>
</context>
<context>
    <name>ra::ui::ConfigurationLoader</name>
    <message numerus="yes">
        <source>%n entries of other policies were left aside.</source>
        <translation><numerusform>%n Eintrag anderer Richtlinien wurde beiseitegelassen.</numerusform><numerusform>%n Einträge anderer Richtlinien wurden beiseitegelassen.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate entries: the last one wins, as on Windows.</source>
        <translation><numerusform>%n doppelter Eintrag: Der letzte gilt, wie unter Windows.</numerusform><numerusform>%n doppelte Einträge: Der letzte gilt, wie unter Windows.</numerusform></translation>
    </message>
    <message>
        <source>All supported files (*.json *.pol *.reg *.txt);;Profiles (*.json);;Group Policy registry files (registry.pol *.pol);;Registry files (*.reg);;LGPO text (*.txt);;All files (*)</source>
        <translation>Alle unterstützten Dateien (*.json *.pol *.reg *.txt);;Profile (*.json);;Gruppenrichtlinien-Registrierungsdateien (registry.pol *.pol);;Registrierungsdateien (*.reg);;LGPO-Text (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Read the backup "%1" of %2.</source>
        <translation>Sicherung „%1“ vom %2 gelesen.</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>The profile has no valid SHA-256: it may have been changed after it was written.</source>
        <translation>Das Profil hat keinen gültigen SHA-256: Es wurde möglicherweise nach dem Schreiben verändert.</translation>
    </message>
    <message>
        <source>unknown file type; the console opens profiles (.json), registry.pol, GPO backup folders, .reg files and LGPO text (.txt).</source>
        <translation>unbekannter Dateityp; die Konsole öffnet Profile (.json), registry.pol, GPO-Sicherungsordner, .reg-Dateien und LGPO-Text (.txt).</translation>
    </message>
</context>
<context>
    <name>ra::ui::DeploymentTargetEditor</name>
    <message>
        <source>Change the target Windows versions</source>
        <translation>Windows-Zielversionen ändern</translation>
    </message>
    <message>
        <source>Change the target editions</source>
        <translation>Zieleditionen ändern</translation>
    </message>
    <message>
        <source>Change the oldest target build</source>
        <translation>Ältesten Ziel-Build ändern</translation>
    </message>
    <message>
        <source>&amp;Windows versions of the helped computers:</source>
        <translation>&amp;Windows-Versionen der unterstützten Computer:</translation>
    </message>
    <message>
        <source>Target Windows versions</source>
        <translation>Windows-Zielversionen</translation>
    </message>
    <message>
        <source>Edition&amp;s:</source>
        <translation>Editi&amp;onen:</translation>
    </message>
    <message>
        <source>Target editions</source>
        <translation>Zieleditionen</translation>
    </message>
    <message>
        <source>Oldest Windows 10/11 &amp;build:</source>
        <translation>Ältester B&amp;uild von Windows 10/11:</translation>
    </message>
    <message>
        <source>Oldest Windows 10/11 build</source>
        <translation>Ältester Build von Windows 10/11</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>For example %1 for Windows 10, version %2.</source>
        <translation>Zum Beispiel %1 für Windows 10, Version %2.</translation>
    </message>
    <message>
        <source>Delivery: through MDM (Policy CSP), as chosen on the Deliver page (Intune or SyncML).</source>
        <translation>Verteilung: über MDM (Policy CSP), wie auf der Seite „Verteilen“ gewählt (Intune oder SyncML).</translation>
    </message>
    <message>
        <source>Delivery: Group Policy or the registry, as chosen on the Deliver page. With Intune or SyncML, the builds MDM needs are checked too.</source>
        <translation>Verteilung: Gruppenrichtlinie oder Registrierung, wie auf der Seite „Verteilen“ gewählt. Mit Intune oder SyncML werden auch die Builds geprüft, die MDM braucht.</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Verteilung</translation>
    </message>
</context>
<context>
    <name>ra::ui::DocumentPropertiesDialog</name>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>A&amp;utor:</translation>
    </message>
    <message>
        <source>Co&amp;mputer:</source>
        <translation>Co&amp;mputer:</translation>
    </message>
    <message>
        <source>&amp;Written with:</source>
        <translation>Erstellt &amp;mit:</translation>
    </message>
    <message>
        <source>C&amp;reated:</source>
        <translation>Erstellt &amp;am:</translation>
    </message>
    <message>
        <source>Last c&amp;hanged:</source>
        <translation>Zuletzt &amp;geändert:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Written with</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>A new configuration, not saved yet</source>
        <translation>Eine neue, noch nicht gespeicherte Konfiguration</translation>
    </message>
    <message>
        <source>The configuration was not opened from a profile: there is no author, computer or history to show. Saving it as a profile records them.</source>
        <translation>Die Konfiguration wurde nicht aus einem Profil geöffnet: Es gibt keinen Autor, keinen Computer und keinen Verlauf anzuzeigen. Beim Speichern als Profil werden sie festgehalten.</translation>
    </message>
    <message>
        <source>Polic&amp;ies:</source>
        <translation>Richtl&amp;inien:</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>In this profile</source>
        <translation>In diesem Profil</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Not part of this profile</source>
        <translation>Nicht Teil dieses Profils</translation>
    </message>
</context>
<context>
    <name>ra::ui::ExportDialog</name>
    <message>
        <source>Export for Colleagues</source>
        <translation>Für Kollegen exportieren</translation>
    </message>
    <message>
        <source>Policies to export</source>
        <translation>Zu exportierende Richtlinien</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>&amp;Alle anhaken</translation>
    </message>
    <message>
        <source>Tick &amp;configured</source>
        <translation>&amp;Konfigurierte anhaken</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>Kei&amp;ne anhaken</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>A&amp;utor:</translation>
    </message>
    <message>
        <source>The profile records the author, this computer's name, the product version and the time, and a SHA-256 that shows later changes.</source>
        <translation>Das Profil enthält Autor, Computername, Produktversion und Uhrzeit sowie einen SHA-256, der spätere Änderungen erkennen lässt.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Tick the policies the profile is about. A ticked policy that is Not configured removes that policy where the profile is applied; policies left unticked are left alone.</source>
        <translation>&amp;Haken Sie die Richtlinien an, um die es im Profil geht. Eine angehakte, nicht konfigurierte Richtlinie wird dort entfernt, wo das Profil angewendet wird; nicht angehakte Richtlinien bleiben unverändert.</translation>
    </message>
</context>
<context>
    <name>ra::ui::FindingsPanel</name>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation><numerusform>%n Fehler</numerusform><numerusform>%n Fehler</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n Warnung</numerusform><numerusform>%n Warnungen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation><numerusform>%n Hinweis</numerusform><numerusform>%n Hinweise</numerusform></translation>
    </message>
    <message>
        <source>press Enter on a finding to go to the field.</source>
        <translation>Eingabetaste auf einem Befund springt zum Feld.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Findings summary</source>
        <translation>Zusammenfassung der Befunde</translation>
    </message>
</context>
<context>
    <name>ra::ui::FirewallView</name>
    <message>
        <source>netsh lines copied.</source>
        <translation>netsh-Zeilen kopiert.</translation>
    </message>
    <message>
        <source>PowerShell lines copied.</source>
        <translation>PowerShell-Zeilen kopiert.</translation>
    </message>
    <message>
        <source>PowerShell (run as administrator):</source>
        <translation>PowerShell (als Administrator ausführen):</translation>
    </message>
    <message>
        <source>netsh (run in an elevated command prompt):</source>
        <translation>netsh (in einer Eingabeaufforderung mit erhöhten Rechten ausführen):</translation>
    </message>
    <message>
        <source>Tick at least one Windows version above.</source>
        <translation>Haken Sie oben mindestens eine Windows-Version an.</translation>
    </message>
    <message>
        <source>Firewall exceptions per Windows version</source>
        <translation>Firewall-Ausnahmen je Windows-Version</translation>
    </message>
    <message>
        <source>Copy &amp;netsh</source>
        <translation>&amp;netsh kopieren</translation>
    </message>
    <message>
        <source>Copy netsh commands</source>
        <translation>netsh-Befehle kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;PowerShell</source>
        <translation>&amp;PowerShell kopieren</translation>
    </message>
    <message>
        <source>Copy PowerShell commands</source>
        <translation>PowerShell-Befehle kopieren</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Kopierstatus</translation>
    </message>
    <message>
        <source>Change the target Windows versions</source>
        <translation>Windows-Zielversionen ändern</translation>
    </message>
    <message>
        <source>Confirm the firewall exceptions as deployed</source>
        <translation>Firewall-Ausnahmen als verteilt bestätigen</translation>
    </message>
    <message>
        <source>Withdraw the firewall confirmation</source>
        <translation>Firewall-Bestätigung zurücknehmen</translation>
    </message>
    <message>
        <source>None of the ticked Windows versions has a PowerShell cmdlet for firewall rules.</source>
        <translation>Keine der angehakten Windows-Versionen hat ein PowerShell-Cmdlet für Firewallregeln.</translation>
    </message>
    <message>
        <source>Offer Remote Assistance reaches the computer through the Windows Firewall of the domain profile. Tick the &amp;Windows versions of the helped computers to get the exceptions they need as commands.</source>
        <translation>Angebotene Remoteunterstützung erreicht den Computer durch die Windows-Firewall im Domänenprofil. Haken Sie die &amp;Windows-Versionen der unterstützten Computer an, um die nötigen Ausnahmen als Befehle zu erhalten.</translation>
    </message>
    <message>
        <source>Windows XP SP2 and Windows Server 2003 SP1 have neither netsh advfirewall nor a PowerShell cmdlet: their lines use netsh firewall, and PowerShell only names them. New-NetFirewallRule needs Windows 8 or Windows Server 2012 or later.</source>
        <translation>Windows XP SP2 und Windows Server 2003 SP1 haben weder netsh advfirewall noch ein PowerShell-Cmdlet: Ihre Zeilen verwenden netsh firewall, und PowerShell nennt sie nur. New-NetFirewallRule erfordert Windows 8 oder Windows Server 2012 oder höher.</translation>
    </message>
    <message>
        <source>The exceptions of the ticked Windows versions are &amp;deployed on their computers</source>
        <translation>Die Ausnahmen der angehakten Windows-Versionen sind auf deren Computern &amp;verteilt</translation>
    </message>
    <message>
        <source>Firewall exceptions deployed</source>
        <translation>Firewall-Ausnahmen verteilt</translation>
    </message>
</context>
<context>
    <name>ra::ui::HelperListEditor</name>
    <message>
        <source>Import helpers</source>
        <translation>Helfer importieren</translation>
    </message>
    <message>
        <source>Text and CSV files (*.txt *.csv);;All files (*)</source>
        <translation>Text- und CSV-Dateien (*.txt *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 contains no helper entries.</source>
        <translation>%1 enthält keine Helfereinträge.</translation>
    </message>
    <message numerus="yes">
        <source>%n helper(s), all valid.</source>
        <translation><numerusform>%n Helfer, gültig.</numerusform><numerusform>%n Helfer, alle gültig.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n helper(s)</source>
        <translation><numerusform>%n Helfer</numerusform><numerusform>%n Helfer</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n invalid: see the marked rows.</source>
        <translation><numerusform>%n ungültig: siehe markierte Zeilen.</numerusform><numerusform>%n ungültig: siehe markierte Zeilen.</numerusform></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Add a helper (Insert)</source>
        <translation>Helfer hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected helpers (Delete)</source>
        <translation>Ausgewählte Helfer entfernen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Paste lines</source>
        <translation>Zeilen ein&amp;fügen</translation>
    </message>
    <message>
        <source>Add every line of the clipboard as a helper (Ctrl+V)</source>
        <translation>Jede Zeile der Zwischenablage als Helfer hinzufügen (Strg+V)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Add the helpers of a text or CSV file (first column)</source>
        <translation>Helfer aus einer Text- oder CSV-Datei hinzufügen (erste Spalte)</translation>
    </message>
    <message>
        <source>Sort the helpers alphabetically</source>
        <translation>Helfer alphabetisch sortieren</translation>
    </message>
    <message>
        <source>Helper list status</source>
        <translation>Status der Helferliste</translation>
    </message>
    <message>
        <source>&amp;Sort</source>
        <translation>S&amp;ortieren</translation>
    </message>
</context>
<context>
    <name>ra::ui::MainWindow</name>
    <message>
        <source>Applied to the target.</source>
        <translation>Auf das Ziel angewendet.</translation>
    </message>
    <message>
        <source>Not applied: see the result log.</source>
        <translation>Nicht angewendet: siehe Ergebnisprotokoll.</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>Helpdesk Readiness</source>
        <translation>Helpdesk-Bereitschaft</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>Verteilen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>All Settings</source>
        <translation>Alle Einstellungen</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Policy tree</source>
        <translation>Richtlinienbaum</translation>
    </message>
    <message>
        <source>All settings</source>
        <translation>Alle Einstellungen</translation>
    </message>
    <message>
        <source>Search names, CSP and GP names, registry values, help…</source>
        <translation>Namen, CSP- und GP-Namen, Registrierungswerte, Hilfe durchsuchen…</translation>
    </message>
    <message>
        <source>Search settings</source>
        <translation>Einstellungen durchsuchen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start a new configuration</source>
        <translation>Neue Konfiguration beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a profile, registry.pol, .reg or LGPO text file</source>
        <translation>Profil, registry.pol, .reg- oder LGPO-Textdatei öffnen</translation>
    </message>
    <message>
        <source>Open GPO &amp;Backup Folder…</source>
        <translation>GPO-Sicherungs&amp;ordner öffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export for Colleagues…</source>
        <translation>Für &amp;Kollegen exportieren…</translation>
    </message>
    <message>
        <source>Export Sync&amp;ML…</source>
        <translation>Sync&amp;ML exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Graph JSON…</source>
        <translation>&amp;Graph-JSON exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Previous Setting</source>
        <translation>&amp;Vorherige Einstellung</translation>
    </message>
    <message>
        <source>&amp;Next Setting</source>
        <translation>&amp;Nächste Einstellung</translation>
    </message>
    <message>
        <source>&amp;Firewall</source>
        <translation>&amp;Firewall</translation>
    </message>
    <message>
        <source>Helpdesk &amp;Readiness</source>
        <translation>&amp;Helpdesk-Bereitschaft</translation>
    </message>
    <message>
        <source>&amp;Deliver</source>
        <translation>Ver&amp;teilen</translation>
    </message>
    <message>
        <source>F&amp;indings Panel</source>
        <translation>Bereich „&amp;Befunde“</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;About Remote Assistance Policy Console</source>
        <translation>Ü&amp;ber die Remoteunterstützungs-Richtlinienkonsole</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1[*] — Remote Assistance Policy Console</source>
        <translation>%1[*] — Remoteunterstützungs-Richtlinienkonsole</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The configuration has changes that are not saved. Save them first?</source>
        <translation>Die Konfiguration hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <source>New configuration.</source>
        <translation>Neue Konfiguration.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open GPO Backup Folder</source>
        <translation>GPO-Sicherungsordner öffnen</translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>Profile (*.json)</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exportiert.</translation>
    </message>
    <message>
        <source>Export for Colleagues</source>
        <translation>Für Kollegen exportieren</translation>
    </message>
    <message>
        <source>Export SyncML</source>
        <translation>SyncML exportieren</translation>
    </message>
    <message>
        <source>SyncML files (*.xml)</source>
        <translation>SyncML-Dateien (*.xml)</translation>
    </message>
    <message>
        <source>Export Graph JSON</source>
        <translation>Graph-JSON exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>a new configuration</source>
        <translation>eine neue Konfiguration</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>The console was closed without saving %1 (last change %2). Restore that work?</source>
        <translation>Die Konsole wurde beendet, ohne %1 zu speichern (letzte Änderung %2). Diese Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Unsaved work restored; save it to keep it.</source>
        <translation>Ungespeicherte Arbeit wiederhergestellt; speichern Sie sie, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Wait for the apply to finish or cancel it first.</source>
        <translation>Warten Sie, bis das Anwenden fertig ist, oder brechen Sie es zuerst ab.</translation>
    </message>
    <message>
        <source>P&amp;olicies</source>
        <translation>&amp;Richtlinien</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>Merge Profile &amp;Into Current Work…</source>
        <translation>Profil in aktuelle Arbeit &amp;integrieren…</translation>
    </message>
    <message>
        <source>Set the policies of a profile in the current work, as one undo step</source>
        <translation>Die Richtlinien eines Profils in der aktuellen Arbeit setzen, als ein Rückgängig-Schritt</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Eigenschaften…</translation>
    </message>
    <message>
        <source>Where the configuration comes from: author, computer, product version, dates</source>
        <translation>Woher die Konfiguration stammt: Autor, Computer, Produktversion, Daten</translation>
    </message>
    <message>
        <source>%1

Remove it from the recent files?</source>
        <translation>%1

Aus den zuletzt geöffneten Dateien entfernen?</translation>
    </message>
    <message>
        <source>Removed %1 from the recent files.</source>
        <translation>%1 wurde aus den zuletzt geöffneten Dateien entfernt.</translation>
    </message>
    <message>
        <source>Written by %1 on %2, last changed %3 (File &gt; Properties).</source>
        <translation>Erstellt von %1 auf %2, zuletzt geändert %3 (Datei &gt; Eigenschaften).</translation>
    </message>
    <message numerus="yes">
        <source>%n policies are not part of this profile and are left alone.</source>
        <translation><numerusform>%n Richtlinie ist nicht Teil dieses Profils und bleibt unverändert.</numerusform><numerusform>%n Richtlinien sind nicht Teil dieses Profils und bleiben unverändert.</numerusform></translation>
    </message>
    <message>
        <source>Merge Profile Into Current Work</source>
        <translation>Profil in aktuelle Arbeit integrieren</translation>
    </message>
    <message>
        <source>only profiles (.json) can be merged into the current work; open other files with File &gt; Open.</source>
        <translation>Nur Profile (.json) lassen sich in die aktuelle Arbeit integrieren; öffnen Sie andere Dateien mit Datei &gt; Öffnen.</translation>
    </message>
    <message>
        <source>Cannot Merge</source>
        <translation>Integrieren nicht möglich</translation>
    </message>
    <message>
        <source>Nothing to merge: %1 has the same settings as the current work.</source>
        <translation>Nichts zu integrieren: %1 hat dieselben Einstellungen wie die aktuelle Arbeit.</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>%1 integrieren</translation>
    </message>
    <message>
        <source>Merged %1 into the current work; Undo takes it back.</source>
        <translation>%1 wurde in die aktuelle Arbeit integriert; Rückgängig nimmt es zurück.</translation>
    </message>
    <message numerus="yes">
        <source>%n more sessions also left unsaved work; the console offers them the next time it starts.</source>
        <translation><numerusform>%n weitere Sitzung hat ebenfalls ungespeicherte Arbeit hinterlassen; die Konsole bietet sie beim nächsten Start an.</numerusform><numerusform>%n weitere Sitzungen haben ebenfalls ungespeicherte Arbeit hinterlassen; die Konsole bietet sie beim nächsten Start an.</numerusform></translation>
    </message>
    <message>
        <source>Unsaved work restored; save it to keep it. %1 cannot be read any more, so Undo goes back to an empty configuration.</source>
        <translation>Ungespeicherte Arbeit wiederhergestellt; speichern Sie sie, um sie zu behalten. %1 lässt sich nicht mehr lesen, daher führt Rückgängig zu einer leeren Konfiguration zurück.</translation>
    </message>
    <message>
        <source>Recover the deployment target</source>
        <translation>Bereitstellungsziel wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Offer Remote Assistance to…</source>
        <translation>&amp;Remoteunterstützung anbieten für…</translation>
    </message>
    <message>
        <source>Enter the computer to help on the Helpdesk Readiness page</source>
        <translation>Den zu unterstützenden Computer auf der Seite „Helpdesk-Bereitschaft“ eingeben</translation>
    </message>
</context>
<context>
    <name>ra::ui::MessageEditor</name>
    <message>
        <source>Preview: what the person being helped reads</source>
        <translation>Vorschau: was die unterstützte Person liest</translation>
    </message>
    <message>
        <source>Windows Remote Assistance</source>
        <translation>Windows-Remoteunterstützung</translation>
    </message>
    <message>
        <source>[ Yes ]   [ No ]</source>
        <translation>[ Ja ]   [ Nein ]</translation>
    </message>
    <message>
        <source>Message preview</source>
        <translation>Meldungsvorschau</translation>
    </message>
    <message>
        <source>Character count</source>
        <translation>Zeichenanzahl</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 Zeichen</translation>
    </message>
    <message>
        <source>%1 / %2 characters — %3 too many</source>
        <translation>%1 / %2 Zeichen — %3 zu viel</translation>
    </message>
    <message>
        <source>(Windows shows its built-in warning when the message is empty.)</source>
        <translation>(Ist die Meldung leer, zeigt Windows seine eingebaute Warnung.)</translation>
    </message>
</context>
<context>
    <name>ra::ui::OfferCommand</name>
    <message>
        <source>Enter the name or IP address of the computer to help.</source>
        <translation>Geben Sie den Namen oder die IP-Adresse des Computers ein, dem Sie helfen möchten.</translation>
    </message>
    <message>
        <source>"%1" starts with "%2"; a computer name or IP address never does.</source>
        <translation>„%1“ beginnt mit „%2“; so beginnt kein Computername und keine IP-Adresse.</translation>
    </message>
    <message>
        <source>"%1" contains a space; computer names and IP addresses have none.</source>
        <translation>„%1“ enthält ein Leerzeichen; Computernamen und IP-Adressen enthalten keine.</translation>
    </message>
    <message>
        <source>"%1" contains a quotation mark; computer names and IP addresses have none.</source>
        <translation>„%1“ enthält ein Anführungszeichen; Computernamen und IP-Adressen enthalten keine.</translation>
    </message>
    <message>
        <source>"%1" is not a valid IPv6 address.</source>
        <translation>„%1“ ist keine gültige IPv6-Adresse.</translation>
    </message>
    <message>
        <source>"%1" contains "%2"; computer names have only letters, digits, hyphens and underscores, with dots between the parts of a DNS name.</source>
        <translation>„%1“ enthält „%2“; Computernamen bestehen nur aus Buchstaben, Ziffern, Bindestrichen und Unterstrichen, mit Punkten zwischen den Teilen eines DNS-Namens.</translation>
    </message>
    <message>
        <source>"%1" is neither a valid IPv4 address nor a computer name.</source>
        <translation>„%1“ ist weder eine gültige IPv4-Adresse noch ein Computername.</translation>
    </message>
    <message>
        <source>"%1" has %2 characters; a computer name without a domain has at most %3.</source>
        <translation>„%1“ hat %2 Zeichen; ein Computername ohne Domäne hat höchstens %3.</translation>
    </message>
    <message>
        <source>"%1" has %2 characters; a DNS name has at most %3.</source>
        <translation>„%1“ hat %2 Zeichen; ein DNS-Name hat höchstens %3.</translation>
    </message>
    <message>
        <source>"%1" has an empty part between dots.</source>
        <translation>„%1“ hat einen leeren Teil zwischen Punkten.</translation>
    </message>
    <message>
        <source>"%1" has a part longer than %2 characters.</source>
        <translation>„%1“ hat einen Teil mit mehr als %2 Zeichen.</translation>
    </message>
    <message>
        <source>"%1" has a part that starts or ends with a hyphen.</source>
        <translation>„%1“ hat einen Teil, der mit einem Bindestrich beginnt oder endet.</translation>
    </message>
</context>
<context>
    <name>ra::ui::OpenDiffDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Open Over Current Work</source>
        <translation>Über aktuelle Arbeit öffnen</translation>
    </message>
    <message>
        <source>%1 has the same settings as the current work.</source>
        <translation>%1 hat dieselben Einstellungen wie die aktuelle Arbeit.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After opening</source>
        <translation>Nach dem Öffnen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Not part of this profile</source>
        <translation>Nicht Teil dieses Profils</translation>
    </message>
    <message>
        <source>Merge Into Current Work</source>
        <translation>In aktuelle Arbeit integrieren</translation>
    </message>
    <message>
        <source>Merging %1 sets the policies it contains in the current work and leaves the others as they are. These settings change (Undo takes the merge back):</source>
        <translation>Das Integrieren von %1 setzt die darin enthaltenen Richtlinien in der aktuellen Arbeit und lässt die übrigen unverändert. Diese Einstellungen ändern sich (Rückgängig nimmt das Integrieren zurück):</translation>
    </message>
    <message>
        <source>Opening %1 replaces the current work: the file becomes the open document. These settings change:</source>
        <translation>Das Öffnen von %1 ersetzt die aktuelle Arbeit: Die Datei wird zum geöffneten Dokument. Diese Einstellungen ändern sich:</translation>
    </message>
    <message>
        <source>After merging</source>
        <translation>Nach dem Integrieren</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Integrieren</translation>
    </message>
</context>
<context>
    <name>ra::ui::PolicyPage</name>
    <message>
        <source>Before a helper connects</source>
        <translation>Bevor sich ein Helfer verbindet</translation>
    </message>
    <message>
        <source>Before the helper takes control</source>
        <translation>Bevor der Helfer die Steuerung übernimmt</translation>
    </message>
    <message>
        <source>Explain text from %1 (%2).</source>
        <translation>Erklärungstext aus %1 (%2).</translation>
    </message>
    <message>
        <source>Microsoft's explain text appears here when a folder with remoteassistance.admx and its language files is set in Settings.</source>
        <translation>Der Erklärungstext von Microsoft erscheint hier, wenn in den Einstellungen ein Ordner mit remoteassistance.admx und seinen Sprachdateien festgelegt ist.</translation>
    </message>
    <message>
        <source>Computer Configuration &gt; Administrative Templates &gt; %1</source>
        <translation>Computerkonfiguration &gt; Administrative Vorlagen &gt; %1</translation>
    </message>
    <message>
        <source>Previous setting</source>
        <translation>Vorherige Einstellung</translation>
    </message>
    <message>
        <source>Next setting</source>
        <translation>Nächste Einstellung</translation>
    </message>
    <message>
        <source>N&amp;ot Configured</source>
        <translation>&amp;Nicht konfiguriert</translation>
    </message>
    <message>
        <source>&amp;Disabled</source>
        <translation>Deakti&amp;viert</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Nicht konfiguriert</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Why this setting, ticket number, who asked for it…</source>
        <translation>Warum diese Einstellung, Ticketnummer, wer sie wollte…</translation>
    </message>
    <message>
        <source>Supported on:</source>
        <translation>Unterstützt auf:</translation>
    </message>
    <message>
        <source>Supported on</source>
        <translation>Unterstützt auf</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Group Policy (ADMX)</source>
        <translation>Gruppenrichtlinie (ADMX)</translation>
    </message>
    <message>
        <source>GP English name:</source>
        <translation>Englischer GP-Name:</translation>
    </message>
    <message>
        <source>GP name:</source>
        <translation>GP-Name:</translation>
    </message>
    <message>
        <source>ADMX file:</source>
        <translation>ADMX-Datei:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Registry value:</source>
        <translation>Registrierungswert:</translation>
    </message>
    <message>
        <source>Policy CSP (MDM)</source>
        <translation>Policy CSP (MDM)</translation>
    </message>
    <message>
        <source>CSP node:</source>
        <translation>CSP-Knoten:</translation>
    </message>
    <message>
        <source>OMA-URI:</source>
        <translation>OMA-URI:</translation>
    </message>
    <message>
        <source>OMA-URI</source>
        <translation>OMA-URI</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Ko&amp;pieren</translation>
    </message>
    <message>
        <source>Copy the OMA-URI to the clipboard</source>
        <translation>OMA-URI in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy OMA-URI</source>
        <translation>OMA-URI kopieren</translation>
    </message>
    <message>
        <source>This policy has no options: Enabled turns it on, Disabled turns it off.</source>
        <translation>Diese Richtlinie hat keine Optionen: „Aktiviert“ schaltet sie ein, „Deaktiviert“ aus.</translation>
    </message>
    <message>
        <source>Previous Setting</source>
        <translation>Vorherige Einstellung</translation>
    </message>
    <message>
        <source>Go to the previous setting (%1)</source>
        <translation>Zur vorherigen Einstellung (%1)</translation>
    </message>
    <message>
        <source>Next Setting</source>
        <translation>Nächste Einstellung</translation>
    </message>
    <message>
        <source>Go to the next setting (%1)</source>
        <translation>Zur nächsten Einstellung (%1)</translation>
    </message>
    <message>
        <source>E&amp;nabled</source>
        <translation>Ak&amp;tiviert</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Not part of this profile: applying it leaves this policy as it is on the target. Choose a state or edit it to include it.</source>
        <translation>Nicht Teil dieses Profils: Beim Anwenden bleibt diese Richtlinie auf dem Ziel, wie sie ist. Wählen Sie einen Zustand oder bearbeiten Sie sie, um sie aufzunehmen.</translation>
    </message>
    <message>
        <source>&amp;Include in Profile</source>
        <translation>In Profil &amp;übernehmen</translation>
    </message>
    <message>
        <source>Include in profile</source>
        <translation>In Profil übernehmen</translation>
    </message>
    <message>
        <source>Make this policy part of the profile as it is shown (one undo step)</source>
        <translation>Diese Richtlinie so, wie sie angezeigt wird, in das Profil übernehmen (ein Rückgängig-Schritt)</translation>
    </message>
</context>
<context>
    <name>ra::ui::PreviewPane</name>
    <message>
        <source>N&amp;ow on the target:</source>
        <translation>Derzeit im &amp;Ziel:</translation>
    </message>
    <message>
        <source>Now on the target</source>
        <translation>Derzeit im Ziel</translation>
    </message>
    <message>
        <source>Afte&amp;r Apply:</source>
        <translation>Nach dem An&amp;wenden:</translation>
    </message>
    <message>
        <source>After Apply</source>
        <translation>Nach dem Anwenden</translation>
    </message>
    <message>
        <source>Difference&amp;s:</source>
        <translation>Unter&amp;schiede:</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Each line starts with + when it is added, - when it is removed and ~ when it changes.</source>
        <translation>Jede Zeile beginnt mit +, wenn sie hinzukommt, mit -, wenn sie entfernt wird, und mit ~, wenn sie sich ändert.</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (geändert)</translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation>%1 (unverändert)</translation>
    </message>
    <message>
        <source>No values there yet.</source>
        <translation>Dort sind noch keine Werte.</translation>
    </message>
    <message>
        <source>New file; nothing there yet.</source>
        <translation>Neue Datei; dort ist noch nichts.</translation>
    </message>
    <message>
        <source>What the target holds now is not known, so no differences are shown.</source>
        <translation>Was das Ziel derzeit enthält, ist nicht bekannt; daher werden keine Unterschiede angezeigt.</translation>
    </message>
    <message>
        <source>New file; nothing there yet. Apply creates it as shown on the right.</source>
        <translation>Neue Datei; dort ist noch nichts. „Anwenden“ erstellt sie wie rechts gezeigt.</translation>
    </message>
    <message>
        <source>Registry values it holds:</source>
        <translation>Enthaltene Registrierungswerte:</translation>
    </message>
    <message>
        <source>Registry values:</source>
        <translation>Registrierungswerte:</translation>
    </message>
    <message>
        <source>No registry value changes.</source>
        <translation>Kein Registrierungswert ändert sich.</translation>
    </message>
    <message>
        <source>Lines (+ added, - removed):</source>
        <translation>Zeilen (+ hinzugefügt, - entfernt):</translation>
    </message>
    <message>
        <source>No line changes: the file there is exactly what Apply writes.</source>
        <translation>Keine geänderten Zeilen: Die vorhandene Datei ist genau das, was „Anwenden“ schreibt.</translation>
    </message>
    <message numerus="yes">
        <source>  … %n unchanged line(s) …</source>
        <translation><numerusform>  … %n unveränderte Zeile …</numerusform><numerusform>  … %n unveränderte Zeilen …</numerusform></translation>
    </message>
</context>
<context>
    <name>ra::ui::PreviewText</name>
    <message>
        <source>(deletes %1)</source>
        <translation>(löscht %1)</translation>
    </message>
    <message>
        <source>(deletes every value of the key)</source>
        <translation>(löscht jeden Wert des Schlüssels)</translation>
    </message>
    <message>
        <source>Changes to %1</source>
        <translation>Änderungen an %1</translation>
    </message>
    <message>
        <source>Microsoft Graph request body (%1)</source>
        <translation>Microsoft Graph-Anfragetext (%1)</translation>
    </message>
    <message>
        <source>%1 shown as LGPO text</source>
        <translation>%1 als LGPO-Text</translation>
    </message>
    <message>
        <source>%1 shown as LGPO text; %2 entries of other policies kept</source>
        <translation>%1 als LGPO-Text; %2 Einträge anderer Richtlinien bleiben erhalten</translation>
    </message>
    <message>
        <source>The values under the policy keys of %1</source>
        <translation>Die Werte unter den Richtlinienschlüsseln von %1</translation>
    </message>
    <message>
        <source>Compared with %1 of backup %2 ("%3", %4), the newest in the folder</source>
        <translation>Verglichen mit %1 der Sicherung %2 („%3“, %4), der neuesten im Ordner</translation>
    </message>
    <message>
        <source>The file there cannot be read: %1</source>
        <translation>Die vorhandene Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>+ Added %1 = %2</source>
        <translation>+ Hinzugefügt %1 = %2</translation>
    </message>
    <message>
        <source>~ Changed %1: %2 -&gt; %3</source>
        <translation>~ Geändert %1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>- Removed %1 (was %2)</source>
        <translation>- Entfernt %1 (war %2)</translation>
    </message>
</context>
<context>
    <name>ra::ui::ReadinessPanel</name>
    <message>
        <source>Started Remote Assistance for %1.</source>
        <translation>Remoteunterstützung für %1 gestartet.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Offer Remote Assistance is enabled</source>
        <translation>Remoteunterstützung anbieten ist aktiviert</translation>
    </message>
    <message>
        <source>"%1" is Enabled.</source>
        <translation>„%1“ ist aktiviert.</translation>
    </message>
    <message>
        <source>Set "%1" to Enabled.</source>
        <translation>Setzen Sie „%1“ auf „Aktiviert“.</translation>
    </message>
    <message>
        <source>A domain helper group is set</source>
        <translation>Eine Domänen-Helfergruppe ist eingetragen</translation>
    </message>
    <message>
        <source>Add your helpdesk group as DOMAIN\Group to the helper list.</source>
        <translation>Tragen Sie Ihre Helpdesk-Gruppe als DOMÄNE\Gruppe in die Helferliste ein.</translation>
    </message>
    <message>
        <source>Helpers: %1</source>
        <translation>Helfer: %1</translation>
    </message>
    <message>
        <source>Firewall exceptions for the target Windows versions</source>
        <translation>Firewall-Ausnahmen für die Ziel-Windows-Versionen</translation>
    </message>
    <message>
        <source>Go to the &amp;policy</source>
        <translation>Zur &amp;Richtlinie</translation>
    </message>
    <message>
        <source>computer name or IP address</source>
        <translation>Computername oder IP-Adresse</translation>
    </message>
    <message>
        <source>Computer to help</source>
        <translation>Zu unterstützender Computer</translation>
    </message>
    <message>
        <source>&amp;Offer Remote Assistance</source>
        <translation>Remoteunterstützung anbie&amp;ten</translation>
    </message>
    <message>
        <source>Offer Remote Assistance</source>
        <translation>Remoteunterstützung anbieten</translation>
    </message>
    <message>
        <source>Starts msra.exe /offerRA with the computer entered.</source>
        <translation>Startet msra.exe /offerRA mit dem eingegebenen Computer.</translation>
    </message>
    <message>
        <source>Offering help starts msra.exe /offerRA and needs Windows; this computer does not run Windows.</source>
        <translation>Das Anbieten von Hilfe startet msra.exe /offerRA und braucht Windows; dieser Computer läuft nicht unter Windows.</translation>
    </message>
    <message>
        <source>Could not start %1. Add Remote Assistance to this computer, then try again.</source>
        <translation>%1 konnte nicht gestartet werden. Fügen Sie diesem Computer die Remoteunterstützung hinzu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This computer does not run Windows, so it cannot offer help; offer it from a Windows computer of the helpdesk.</source>
        <translation>Auf diesem Computer läuft kein Windows, daher kann er keine Hilfe anbieten; bieten Sie sie von einem Windows-Computer des Helpdesks aus an.</translation>
    </message>
    <message>
        <source>This computer can offer help: %1 is present.</source>
        <translation>Dieser Computer kann Hilfe anbieten: %1 ist vorhanden.</translation>
    </message>
    <message>
        <source>This computer cannot offer help yet: %1 is missing. Add Remote Assistance to it (on Windows Server it is an optional feature).</source>
        <translation>Dieser Computer kann noch keine Hilfe anbieten: %1 fehlt. Fügen Sie ihm die Remoteunterstützung hinzu (unter Windows Server ist sie ein optionales Feature).</translation>
    </message>
    <message>
        <source>Confirm the firewall exceptions as deployed</source>
        <translation>Firewall-Ausnahmen als verteilt bestätigen</translation>
    </message>
    <message>
        <source>Withdraw the firewall confirmation</source>
        <translation>Firewall-Bestätigung zurücknehmen</translation>
    </message>
    <message>
        <source>Confirm the Remote Assistance feature as present</source>
        <translation>Feature Remoteunterstützung als vorhanden bestätigen</translation>
    </message>
    <message>
        <source>Withdraw the Remote Assistance feature confirmation</source>
        <translation>Bestätigung des Features Remoteunterstützung zurücknehmen</translation>
    </message>
    <message>
        <source>Tick the Windows versions of the helped computers above or on the Firewall page.</source>
        <translation>Haken Sie die Windows-Versionen der unterstützten Computer oben oder auf der Seite „Firewall“ an.</translation>
    </message>
    <message>
        <source>Deployed for: %1.</source>
        <translation>Verteilt für: %1.</translation>
    </message>
    <message>
        <source>Not yet confirmed for: %1. Deploy their exceptions (the commands are on the Firewall page), then confirm below.</source>
        <translation>Noch nicht bestätigt für: %1. Verteilen Sie deren Ausnahmen (die Befehle stehen auf der Seite „Firewall“) und bestätigen Sie dann unten.</translation>
    </message>
    <message>
        <source>The Remote Assistance feature is present on the target computers</source>
        <translation>Das Feature Remoteunterstützung ist auf den Zielcomputern vorhanden</translation>
    </message>
    <message>
        <source>Windows clients include Remote Assistance. On Windows Server it is an optional feature: add it to the servers to be helped and to a Remote Desktop server the helpdesk offers help from.</source>
        <translation>Windows-Clients enthalten die Remoteunterstützung. Unter Windows Server ist sie ein optionales Feature: Fügen Sie sie den zu unterstützenden Servern hinzu und einem Remotedesktopserver, von dem aus der Helpdesk Hilfe anbietet.</translation>
    </message>
    <message>
        <source>Before the helpdesk can offer help without an invitation, every item of the checklist must be done. The target and the checklist are saved with the configuration.</source>
        <translation>Bevor der Helpdesk ohne Einladung Hilfe anbieten kann, muss jeder Punkt der Checkliste erledigt sein. Ziel und Checkliste werden mit der Konfiguration gespeichert.</translation>
    </message>
    <message>
        <source>Deployment target</source>
        <translation>Bereitstellungsziel</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>The computers this configuration is for. The findings check the configuration against them.</source>
        <translation>Die Computer, für die diese Konfiguration bestimmt ist. Die Befunde prüfen die Konfiguration gegen sie.</translation>
    </message>
    <message>
        <source>What must be true before help can be offered to these computers.</source>
        <translation>Was erfüllt sein muss, bevor diesen Computern Hilfe angeboten werden kann.</translation>
    </message>
    <message>
        <source>Go to the helper &amp;list</source>
        <translation>Zur Helfer&amp;liste</translation>
    </message>
    <message>
        <source>&amp;Go to Firewall</source>
        <translation>Zur &amp;Firewall</translation>
    </message>
    <message>
        <source>The exceptions are &amp;deployed for all these versions</source>
        <translation>Die Ausnahmen sind für alle diese Versionen &amp;verteilt</translation>
    </message>
    <message>
        <source>Firewall exceptions deployed</source>
        <translation>Firewall-Ausnahmen verteilt</translation>
    </message>
    <message>
        <source>&amp;Confirmed for the computers of this deployment</source>
        <translation>Für die Computer dieser Bereitstellung be&amp;stätigt</translation>
    </message>
    <message>
        <source>Remote Assistance feature confirmed</source>
        <translation>Feature Remoteunterstützung bestätigt</translation>
    </message>
    <message>
        <source>From this computer, for one computer of the deployment.</source>
        <translation>Von diesem Computer aus, für einen Computer der Bereitstellung.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Computer to &amp;assist:</source>
        <translation>Zu unterstützender &amp;Computer:</translation>
    </message>
</context>
<context>
    <name>ra::ui::SettingsDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>%1 suchen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Dark palette</source>
        <translation>Dunkle Farben</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>Darstellung:</translation>
    </message>
    <message>
        <source>ADMX folder</source>
        <translation>ADMX-Ordner</translation>
    </message>
    <message>
        <source>e.g. C:\Windows\PolicyDefinitions or a copy of it</source>
        <translation>z. B. C:\Windows\PolicyDefinitions oder eine Kopie davon</translation>
    </message>
    <message>
        <source>&amp;ADMX folder:</source>
        <translation>ADMX-&amp;Ordner:</translation>
    </message>
    <message>
        <source>The folder with remoteassistance.admx and its language subfolders (en-US, de-DE, …). The Help tab then shows Microsoft's explain text.</source>
        <translation>Der Ordner mit remoteassistance.admx und seinen Sprachunterordnern (en-US, de-DE, …). Die Registerkarte „Hilfe“ zeigt dann den Erklärungstext von Microsoft.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>Default target</source>
        <translation>Standardziel</translation>
    </message>
    <message>
        <source>Default &amp;target:</source>
        <translation>Standard&amp;ziel:</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>&amp;Verteilung</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>&amp;Tenant ID:</source>
        <translation>&amp;Mandanten-ID:</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Anwendungs-ID (Client)</translation>
    </message>
    <message>
        <source>A&amp;pplication (client) ID:</source>
        <translation>A&amp;nwendungs-ID (Client):</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Geheimer Clientschlüssel</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Geheimer &amp;Clientschlüssel:</translation>
    </message>
    <message>
        <source>The client secret is stored only in the system keychain. Storing it needs the Intune client, which this build does not include yet.</source>
        <translation>Der geheime Clientschlüssel wird nur im Schlüsselbund des Systems gespeichert. Dazu ist der Intune-Client nötig, den dieser Build noch nicht enthält.</translation>
    </message>
    <message>
        <source>&amp;Intune</source>
        <translation>&amp;Intune</translation>
    </message>
    <message>
        <source>The client secret is stored only in the system keychain (%1), never in the settings file. Leave the field empty to keep the stored secret.</source>
        <translation>Der geheime Clientschlüssel wird nur im Schlüsselbund des Systems (%1) gespeichert, nie in der Einstellungsdatei. Lassen Sie das Feld leer, um den gespeicherten Schlüssel zu behalten.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Dark &amp;palette</source>
        <translation>&amp;Dunkle Farben</translation>
    </message>
</context>
<context>
    <name>ra::ui::SkuTableView</name>
    <message>
        <source>Editions of Windows 10 and later that support this policy:</source>
        <translation>Editionen von Windows 10 und höher, die diese Richtlinie unterstützen:</translation>
    </message>
    <message>
        <source>Supported editions</source>
        <translation>Unterstützte Editionen</translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation>Fußnoten</translation>
    </message>
</context>
</TS>
