<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <source>Open these exceptions with a firewall policy or the generated netsh or PowerShell commands.</source>
        <translation>Ouvrez ces exceptions par une stratégie de pare-feu ou avec les commandes netsh ou PowerShell générées.</translation>
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
        <source>Δ %1</source>
        <translation>Δ %1</translation>
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
        <source>What would be written, and the differences to the target:</source>
        <translation>Ce qui serait écrit, et les différences avec la cible :</translation>
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
        <source>Offer Remote Assistance reaches the computer through the Windows Firewall of the domain profile. Tick the &amp;Windows versions you support to get the exceptions they need as commands.</source>
        <translation>L'offre d'assistance à distance atteint l'ordinateur à travers le Pare-feu Windows du profil de domaine. Cochez les &amp;versions de Windows prises en charge pour obtenir les exceptions nécessaires sous forme de commandes.</translation>
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
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
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
        <source>Opening %1 replaces the current work. These settings change (Undo brings the current work back):</source>
        <translation>Ouvrir %1 remplace le travail en cours. Ces paramètres changent (Annuler rétablit le travail en cours) :</translation>
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
</context>
<context>
    <name>ra::ui::ReadinessPanel</name>
    <message>
        <source>Started Remote Assistance for %1.</source>
        <translation>Assistance à distance démarrée pour %1.</translation>
    </message>
    <message>
        <source>Could not start %1. Install the Remote Assistance feature, then try again.</source>
        <translation>Impossible de démarrer %1. Installez la fonctionnalité Assistance à distance, puis réessayez.</translation>
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
        <source>Tick the target Windows versions on the Firewall page.</source>
        <translation>Cochez les versions de Windows cibles sur la page Pare-feu.</translation>
    </message>
    <message>
        <source>Target versions: %1. Deploy the exceptions (copy the commands on the Firewall page), then tick the box below.</source>
        <translation>Versions cibles : %1. Déployez les exceptions (copiez les commandes de la page Pare-feu), puis cochez la case ci-dessous.</translation>
    </message>
    <message>
        <source>The Remote Assistance feature is present</source>
        <translation>La fonctionnalité Assistance à distance est présente</translation>
    </message>
    <message>
        <source>Windows clients have msra.exe; on Windows Server install it with "Install-WindowsFeature Remote-Assistance".</source>
        <translation>Les clients Windows disposent de msra.exe ; sur Windows Server, installez-la avec « Install-WindowsFeature Remote-Assistance ».</translation>
    </message>
    <message>
        <source>Before the helpdesk can offer help without an invitation, every item below must be done.</source>
        <translation>Avant que le support puisse offrir de l'aide sans invitation, chaque point ci-dessous doit être fait.</translation>
    </message>
    <message>
        <source>Go to the &amp;policy</source>
        <translation>Aller à la &amp;stratégie</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>The firewall exceptions are &amp;deployed to the target computers</source>
        <translation>Les exceptions de pare-feu sont &amp;déployées sur les ordinateurs cibles</translation>
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
        <translation>Offrir &amp;l'assistance à distance</translation>
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
        <source>Go to the he&amp;lpers</source>
        <translation>Aller aux ass&amp;istants</translation>
    </message>
    <message>
        <source>Go to Fire&amp;wall</source>
        <translation>Aller au &amp;pare-feu</translation>
    </message>
    <message>
        <source>The Remote &amp;Assistance feature is present on the helpers' computers</source>
        <translation>La fonctionnalité Assistance à distance est p&amp;résente sur les ordinateurs des assistants</translation>
    </message>
    <message>
        <source>Offer &amp;Remote Assistance to:</source>
        <translation>Offrir l'assistance à distance &amp;à :</translation>
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
