<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>Open these exceptions with a firewall policy or the generated netsh or PowerShell commands.</source>
        <translation>Öffnen Sie diese Ausnahmen mit einer Firewallrichtlinie oder den erzeugten netsh- oder PowerShell-Befehlen.</translation>
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
        <source>Δ %1</source>
        <translation>Δ %1</translation>
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
        <source>What would be written, and the differences to the target:</source>
        <translation>Was geschrieben würde, und die Unterschiede zum Ziel:</translation>
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
        <source>Offer Remote Assistance reaches the computer through the Windows Firewall of the domain profile. Tick the &amp;Windows versions you support to get the exceptions they need as commands.</source>
        <translation>Angebotene Remoteunterstützung erreicht den Computer durch die Windows-Firewall im Domänenprofil. Haken Sie die unterstützten &amp;Windows-Versionen an, um die nötigen Ausnahmen als Befehle zu erhalten.</translation>
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
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
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
        <source>Opening %1 replaces the current work. These settings change (Undo brings the current work back):</source>
        <translation>Das Öffnen von %1 ersetzt die aktuelle Arbeit. Diese Einstellungen ändern sich (Rückgängig stellt die aktuelle Arbeit wieder her):</translation>
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
</context>
<context>
    <name>ra::ui::ReadinessPanel</name>
    <message>
        <source>Started Remote Assistance for %1.</source>
        <translation>Remoteunterstützung für %1 gestartet.</translation>
    </message>
    <message>
        <source>Could not start %1. Install the Remote Assistance feature, then try again.</source>
        <translation>%1 konnte nicht gestartet werden. Installieren Sie das Feature Remoteunterstützung und versuchen Sie es erneut.</translation>
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
        <source>Tick the target Windows versions on the Firewall page.</source>
        <translation>Haken Sie die Ziel-Windows-Versionen auf der Seite „Firewall“ an.</translation>
    </message>
    <message>
        <source>Target versions: %1. Deploy the exceptions (copy the commands on the Firewall page), then tick the box below.</source>
        <translation>Zielversionen: %1. Verteilen Sie die Ausnahmen (Befehle auf der Seite „Firewall“ kopieren) und haken Sie dann das Kästchen unten an.</translation>
    </message>
    <message>
        <source>The Remote Assistance feature is present</source>
        <translation>Das Feature Remoteunterstützung ist vorhanden</translation>
    </message>
    <message>
        <source>Windows clients have msra.exe; on Windows Server install it with "Install-WindowsFeature Remote-Assistance".</source>
        <translation>Windows-Clients haben msra.exe; auf Windows Server installieren Sie es mit „Install-WindowsFeature Remote-Assistance“.</translation>
    </message>
    <message>
        <source>Before the helpdesk can offer help without an invitation, every item below must be done.</source>
        <translation>Bevor der Helpdesk ohne Einladung Hilfe anbieten kann, muss jeder Punkt unten erledigt sein.</translation>
    </message>
    <message>
        <source>Go to the &amp;policy</source>
        <translation>Zur &amp;Richtlinie</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>Bes&amp;tätigen</translation>
    </message>
    <message>
        <source>The firewall exceptions are &amp;deployed to the target computers</source>
        <translation>Die Firewall-Ausnahmen sind auf den Zielcomputern &amp;verteilt</translation>
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
        <translation>Remote&amp;unterstützung anbieten</translation>
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
        <source>Go to the he&amp;lpers</source>
        <translation>Zu den He&amp;lfern</translation>
    </message>
    <message>
        <source>Go to Fire&amp;wall</source>
        <translation>Zur &amp;Firewall</translation>
    </message>
    <message>
        <source>The Remote &amp;Assistance feature is present on the helpers' computers</source>
        <translation>Das Feature Remoteunterstützung ist auf den &amp;Computern der Helfer vorhanden</translation>
    </message>
    <message>
        <source>Offer &amp;Remote Assistance to:</source>
        <translation>Remoteunterstützung a&amp;nbieten für:</translation>
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
