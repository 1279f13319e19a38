<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Account</name>
    <message>
        <source>The account server cannot be reached.</source>
        <translation>Le serveur de comptes est injoignable.</translation>
    </message>
    <message>
        <source>The account server sent an answer this app cannot read.</source>
        <translation>Le serveur de comptes a envoyé une réponse que cette application ne peut pas lire.</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>Échec du trousseau du système&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Keep all data (history, settings, logs, caches) under DIR. Also TTC_PROFILE_DIR.</source>
        <translation>Conserver toutes les données (historique, paramètres, journaux, caches) dans DIR. Aussi TTC_PROFILE_DIR.</translation>
    </message>
    <message>
        <source>Start a voice query, or stop the one that is recording (what the voice shortcut does).</source>
        <translation>Lancer une question vocale, ou arrêter celle en cours d’enregistrement (comme le raccourci vocal).</translation>
    </message>
    <message>
        <source>Open a window: %1.</source>
        <translation>Ouvrir une fenêtre&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Open URL in the built-in browser.</source>
        <translation>Ouvrir URL dans le navigateur intégré.</translation>
    </message>
    <message>
        <source>The account and sync server (ttc-server) to use.</source>
        <translation>Le serveur de comptes et de synchronisation (ttc-server) à utiliser.</translation>
    </message>
    <message>
        <source>ToolTip Companion lives in the system tray. A second launch hands its options to the running one.</source>
        <translation>ToolTip Companion réside dans la zone de notification. Un second lancement transmet ses options à l’instance en cours.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown window for --open: %1 (one of: %2)</source>
        <translation>Fenêtre inconnue pour --open&#xa0;: %1 (au choix&#xa0;: %2)</translation>
    </message>
    <message>
        <source>--server needs an http(s) address, not: %1</source>
        <translation>--server attend une adresse http(s), pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>--browse needs a web address, not: %1</source>
        <translation>--browse attend une adresse web, pas&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Cannot change start at login (%1): %2</source>
        <translation>Impossible de modifier le lancement à l’ouverture de session (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Start ToolTip Companion in the system tray</source>
        <translation>Lancer ToolTip Companion dans la zone de notification</translation>
    </message>
</context>
<context>
    <name>ChatExport</name>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Assistant (%1)</source>
        <translation>Assistant (%1)</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Exported from %1 · session %2 · started %3</source>
        <translation>Exporté depuis %1 · session %2 · commencée %3</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>(interrompu)</translation>
    </message>
    <message>
        <source>(failed: %1)</source>
        <translation>(échec&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>ChatRepository</name>
    <message>
        <source>No %1 with id %2.</source>
        <translation>Aucun élément (%1) avec l’identifiant %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a session id (give the id or at least its first 4 characters).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de session (indiquez l’identifiant ou au moins ses 4 premiers caractères).</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one session; give more characters.</source>
        <translation>«&#xa0;%1&#xa0;» correspond à plusieurs sessions&#xa0;; indiquez davantage de caractères.</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>Code block, %1</source>
        <translation>Bloc de code, %1</translation>
    </message>
    <message>
        <source>Code block</source>
        <translation>Bloc de code</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copier le code</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message (Enter to send, Shift+Enter for a new line)</source>
        <translation>Message (Entrée&#xa0;: envoyer, Maj+Entrée&#xa0;: nouvelle ligne)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter adds a new line</source>
        <translation>Entrée envoie, Maj+Entrée ajoute une nouvelle ligne</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>Arrêter la réponse</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message numerus="yes">
        <source>~%n token(s)</source>
        <translation>
            <numerusform>~%n jeton</numerusform>
            <numerusform>~%n jetons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n token(s)</source>
        <translation>
            <numerusform>Environ %n jeton</numerusform>
            <numerusform>Environ %n jetons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the history database %1: %2</source>
        <translation>Impossible d’ouvrir la base de données de l’historique %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The history database %1 is damaged (%2).</source>
        <translation>La base de données de l’historique %1 est endommagée (%2).</translation>
    </message>
    <message>
        <source>The history database %1 is damaged and could not be moved aside. Move it away by hand to start a new one.</source>
        <translation>La base de données de l’historique %1 est endommagée et n’a pas pu être mise de côté. Déplacez-la manuellement pour en commencer une nouvelle.</translation>
    </message>
    <message>
        <source>The history database cannot be read: %1</source>
        <translation>Impossible de lire la base de données de l’historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>The history database was written by a newer version of this app (schema %1, this version knows %2). Update the app to open it.</source>
        <translation>La base de données de l’historique a été écrite par une version plus récente de cette application (schéma %1, cette version connaît le %2). Mettez l’application à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The history database is busy; try again.</source>
        <translation>La base de données de l’historique est occupée&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>The history database reported an error: %1</source>
        <translation>La base de données de l’historique a signalé une erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FeatureLoader</name>
    <message>
        <source>The %1 feature is not installed (looked in %2). Reinstall ToolTip Companion.</source>
        <translation>La fonctionnalité %1 n’est pas installée (recherchée dans %2). Réinstallez ToolTip Companion.</translation>
    </message>
    <message>
        <source>The %1 feature could not be loaded: %2</source>
        <translation>Impossible de charger la fonctionnalité %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>LinkPolicy</name>
    <message>
        <source>This is not a valid web address.</source>
        <translation>Ceci n’est pas une adresse web valide.</translation>
    </message>
    <message>
        <source>Only http and https links are previewed.</source>
        <translation>Seuls les liens http et https ont un aperçu.</translation>
    </message>
    <message>
        <source>This link points into the same page.</source>
        <translation>Ce lien pointe vers la même page.</translation>
    </message>
    <message>
        <source>Previews are turned off for this site.</source>
        <translation>Les aperçus sont désactivés pour ce site.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Chat — %1</source>
        <translation>Discussion — %1</translation>
    </message>
    <message>
        <source>Hide chats</source>
        <translation>Masquer les discussions</translation>
    </message>
    <message>
        <source>Show chats</source>
        <translation>Afficher les discussions</translation>
    </message>
    <message>
        <source>No AI access</source>
        <translation>Pas d’accès à l’IA</translation>
    </message>
    <message>
        <source>Pick a provider</source>
        <translation>Choisir un fournisseur</translation>
    </message>
    <message>
        <source>Provider and model: %1</source>
        <translation>Fournisseur et modèle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose the AI provider and model</source>
        <translation>Choisir le fournisseur et le modèle d’IA</translation>
    </message>
    <message>
        <source>%1 today</source>
        <translation>%1 aujourd’hui</translation>
    </message>
    <message>
        <source>%1/%2 today</source>
        <translation>%1/%2 aujourd’hui</translation>
    </message>
    <message>
        <source>Cloud requests today: %1, no limit</source>
        <translation>Requêtes cloud aujourd’hui&#xa0;: %1, sans limite</translation>
    </message>
    <message>
        <source>Cloud requests today: %1 of %2, resets %3</source>
        <translation>Requêtes cloud aujourd’hui&#xa0;: %1 sur %2, réinitialisation %3</translation>
    </message>
    <message>
        <source>Daily limit reached. It resets %1. Upgrade for more.</source>
        <translation>Limite quotidienne atteinte. Réinitialisation %1. Passez à une offre supérieure pour en avoir plus.</translation>
    </message>
    <message>
        <source>Cloud requests used today on the %1 plan; resets %2</source>
        <translation>Requêtes cloud utilisées aujourd’hui avec l’offre %1&#xa0;; réinitialisation %2</translation>
    </message>
    <message>
        <source>Stop keeping the window on top</source>
        <translation>Ne plus garder la fenêtre au premier plan</translation>
    </message>
    <message>
        <source>Keep the window on top</source>
        <translation>Garder la fenêtre au premier plan</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Plus d’options</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Follow system appearance</source>
        <translation>Suivre l’apparence du système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>API keys…</source>
        <translation>Clés d’API…</translation>
    </message>
    <message>
        <source>Hide window</source>
        <translation>Masquer la fenêtre</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>You said</source>
        <translation>Vous avez dit</translation>
    </message>
    <message>
        <source>Assistant replied</source>
        <translation>L’assistant a répondu</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Envoyé %1</translation>
    </message>
    <message>
        <source>Answered by %1</source>
        <translation>Répondu par %1</translation>
    </message>
    <message>
        <source>%1 in · %2 out</source>
        <translation>%1 en entrée · %2 en sortie</translation>
    </message>
    <message>
        <source>Tokens: %1 in, %2 out</source>
        <translation>Jetons&#xa0;: %1 en entrée, %2 en sortie</translation>
    </message>
    <message>
        <source>▾ Thinking</source>
        <translation>▾ Réflexion</translation>
    </message>
    <message>
        <source>▸ Thinking</source>
        <translation>▸ Réflexion</translation>
    </message>
    <message>
        <source>Hide the model&apos;s thinking</source>
        <translation>Masquer la réflexion du modèle</translation>
    </message>
    <message>
        <source>Show the model&apos;s thinking</source>
        <translation>Afficher la réflexion du modèle</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation>La réponse a échoué.</translation>
    </message>
    <message>
        <source>Fix key</source>
        <translation>Corriger la clé</translation>
    </message>
    <message>
        <source>Fix the API key</source>
        <translation>Corriger la clé d’API</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Retry this reply</source>
        <translation>Réessayer cette réponse</translation>
    </message>
    <message>
        <source>Edit your message</source>
        <translation>Modifier votre message</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send the edited message</source>
        <translation>Envoyer le message modifié</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copier le message</translation>
    </message>
    <message>
        <source>Edit and resend</source>
        <translation>Modifier et renvoyer</translation>
    </message>
    <message>
        <source>Regenerate reply</source>
        <translation>Régénérer la réponse</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Ask anything. Enter sends, Shift+Enter adds a line, Esc stops a reply.</source>
        <translation>Posez n’importe quelle question. Entrée envoie, Maj+Entrée ajoute une ligne, Échap arrête une réponse.</translation>
    </message>
    <message>
        <source>Chat replies need the AI access layer, which this build does not have yet.</source>
        <translation>Les réponses de la discussion nécessitent la couche d’accès à l’IA, que cette version ne contient pas encore.</translation>
    </message>
    <message>
        <source>Jump to the newest message</source>
        <translation>Aller au message le plus récent</translation>
    </message>
</context>
<context>
    <name>ProviderMenu</name>
    <message>
        <source>Provider and model</source>
        <translation>Fournisseur et modèle</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>Modèle %1</translation>
    </message>
    <message>
        <source>Manage API keys…</source>
        <translation>Gérer les clés d’API…</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>Local server</source>
        <translation>Serveur local</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>[image]</source>
        <translation>[image]</translation>
    </message>
</context>
<context>
    <name>SessionDialogs</name>
    <message>
        <source>Rename chat</source>
        <translation>Renommer la discussion</translation>
    </message>
    <message>
        <source>Chat title</source>
        <translation>Titre de la discussion</translation>
    </message>
    <message>
        <source>Export chat as JSON</source>
        <translation>Exporter la discussion en JSON</translation>
    </message>
    <message>
        <source>Export chat as Markdown</source>
        <translation>Exporter la discussion en Markdown</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Fichiers Markdown (*.md)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Search all chats</source>
        <translation>Rechercher dans les discussions</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <source>Chat: %1</source>
        <translation>Discussion&#xa0;: %1</translation>
    </message>
    <message>
        <source>No chats yet</source>
        <translation>Aucune discussion pour l’instant</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Result in %1</source>
        <translation>Résultat dans %1</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation>«&#xa0;%1&#xa0;» supprimée</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exporter en Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>ttc</name>
    <message>
        <source>ask a model; the answer streams to stdout</source>
        <translation>interroger un modèle&#xa0;; la réponse est diffusée sur stdout</translation>
    </message>
    <message>
        <source>list|set|validate|remove API keys (keychain)</source>
        <translation>lister|définir|valider|supprimer les clés d’API (trousseau)</translation>
    </message>
    <message>
        <source>cloud requests, tokens and cost; quota</source>
        <translation>requêtes cloud, jetons et coût&#xa0;; quota</translation>
    </message>
    <message>
        <source>Usage: ttc [--profile DIR] COMMAND [ARGS]

The command line of ToolTip Companion, over the same data as the app.

Commands:
</source>
        <translation>Utilisation&#xa0;: ttc [--profile DIR] COMMAND [ARGS]

La ligne de commande de ToolTip Companion, sur les mêmes données que l’application.

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable shortcut: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un raccourci utilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>il est vide</translation>
    </message>
    <message>
        <source>unknown modifier &quot;%1&quot;</source>
        <translation>modificateur inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>touche inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a global shortcut needs Ctrl, Alt, Shift or Meta</source>
        <translation>un raccourci global nécessite Ctrl, Alt, Shift ou Meta</translation>
    </message>
    <message>
        <source>preview a link: title, site, summary (--json)</source>
        <translation>aperçu d’un lien&#xa0;: titre, site, résumé (--json)</translation>
    </message>
    <message>
        <source>
Options:
  --profile DIR  keep all data under DIR (also TTC_PROFILE_DIR)
  -h, --help     show this help; `ttc COMMAND --help` for one command
  -v, --version  show the version

Exit codes: 0 ok, 1 local error, 2 usage, 3 missing or invalid key, 4 tier or quota,
5 rate limited or overloaded, 6 network, 7 other provider or site error, 8 server or account error.
</source>
        <translation>
Options&#xa0;:
  --profile DIR  conserver toutes les données dans DIR (aussi TTC_PROFILE_DIR)
  -h, --help     afficher cette aide&#xa0;; `ttc COMMAND --help` pour une commande
  -v, --version  afficher la version

Codes de sortie&#xa0;: 0 succès, 1 erreur locale, 2 utilisation, 3 clé absente ou invalide,
4 offre ou quota, 5 débit limité ou surcharge, 6 réseau, 7 autre erreur du fournisseur ou du site,
8 erreur du serveur ou du compte.
</translation>
    </message>
    <message>
        <source>ttc: --profile needs a folder
</source>
        <translation>ttc&#xa0;: --profile attend un dossier
</translation>
    </message>
    <message>
        <source>ttc: unknown command &quot;%1&quot;
Try &apos;ttc --help&apos;.
</source>
        <translation>ttc&#xa0;: commande inconnue «&#xa0;%1&#xa0;»
Essayez «&#xa0;ttc --help&#xa0;».
</translation>
    </message>
</context>
<context>
    <name>ttc-render</name>
    <message>
        <source>Renders a web page into a PNG file.</source>
        <translation>Effectue le rendu d’une page web dans un fichier PNG.</translation>
    </message>
    <message>
        <source>Page to render</source>
        <translation>Page à rendre</translation>
    </message>
    <message>
        <source>PNG file to write</source>
        <translation>Fichier PNG à écrire</translation>
    </message>
    <message>
        <source>Viewport size (default 1280x800)</source>
        <translation>Taille de la zone d’affichage (1280x800 par défaut)</translation>
    </message>
    <message>
        <source>Seconds to wait (default 15)</source>
        <translation>Secondes d’attente (15 par défaut)</translation>
    </message>
</context>
<context>
    <name>ttc::AccountWindow</name>
    <message>
        <source>Account – ToolTip Companion</source>
        <translation>Compte – ToolTip Companion</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Adresse électronique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>Créer un c&amp;ompte</translation>
    </message>
    <message>
        <source>An account keeps your chat history and usage in sync across devices. Without one, everything stays on this device.</source>
        <translation>Un compte synchronise votre historique de discussions et votre utilisation entre vos appareils. Sans compte, tout reste sur cet appareil.</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synchroniser ma&amp;intenant</translation>
    </message>
    <message>
        <source>&amp;Upgrade…</source>
        <translation>Offre s&amp;upérieure…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example https://sync.example.com.</source>
        <translation>Saisissez l’adresse du serveur, par exemple https://sync.example.com.</translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation>Saisissez votre adresse électronique et votre mot de passe.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Création du compte…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Opening the checkout page…</source>
        <translation>Ouverture de la page de paiement…</translation>
    </message>
    <message>
        <source>The server sent no checkout link.</source>
        <translation>Le serveur n’a envoyé aucun lien de paiement.</translation>
    </message>
    <message>
        <source>The checkout page opened in your browser. The new tier shows here as soon as the payment is confirmed.</source>
        <translation>La page de paiement s’est ouverte dans votre navigateur. La nouvelle offre s’affichera ici dès que le paiement sera confirmé.</translation>
    </message>
    <message>
        <source>Signed in as %1 at %2</source>
        <translation>Connecté en tant que %1 sur %2</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>Offre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message numerus="yes">
        <source>%n cloud request(s) today, no daily limit.</source>
        <translation>
            <numerusform>%n requête cloud aujourd’hui, sans limite quotidienne.</numerusform>
            <numerusform>%n requêtes cloud aujourd’hui, sans limite quotidienne.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 cloud requests used today; resets %3.</source>
        <translation>%1 requêtes cloud sur %2 utilisées aujourd’hui&#xa0;; réinitialisation %3.</translation>
    </message>
    <message>
        <source>Tier: not known yet</source>
        <translation>Offre&#xa0;: pas encore connue</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Offline: changes wait on this device and are sent when the server can be reached.</source>
        <translation>Hors ligne&#xa0;: les modifications attendent sur cet appareil et seront envoyées dès que le serveur sera joignable.</translation>
    </message>
    <message>
        <source>Sync failed; it is retried automatically.</source>
        <translation>Échec de la synchronisation&#xa0;; elle sera relancée automatiquement.</translation>
    </message>
    <message>
        <source>Synced; last sync %1.</source>
        <translation>Synchronisé&#xa0;; dernière synchronisation %1.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Pas encore synchronisé.</translation>
    </message>
    <message>
        <source>Offline use of cloud providers needs one successful connection first.</source>
        <translation>L’utilisation hors ligne des fournisseurs cloud nécessite d’abord une connexion réussie.</translation>
    </message>
</context>
<context>
    <name>ttc::CompanionApp</name>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Discussion</translation>
    </message>
    <message>
        <source>Open the chat window</source>
        <translation>Ouvrir la fenêtre de discussion</translation>
    </message>
    <message>
        <source>API &amp;Keys…</source>
        <translation>&amp;Clés d’API…</translation>
    </message>
    <message>
        <source>&amp;Account…</source>
        <translation>C&amp;ompte…</translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation>Historique indisponible</translation>
    </message>
    <message>
        <source>History database repaired</source>
        <translation>Base de données de l’historique réparée</translation>
    </message>
    <message>
        <source>The history database was damaged and has been replaced by a new one. The old file was kept as %1.</source>
        <translation>La base de données de l’historique était endommagée et a été remplacée par une nouvelle. L’ancien fichier a été conservé sous %1.</translation>
    </message>
    <message>
        <source>ToolTip Companion is already running. Its menu is in the system tray.</source>
        <translation>ToolTip Companion est déjà lancé. Son menu se trouve dans la zone de notification.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Lancer à l’ouverture de session</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language is used from the next start of ToolTip Companion.</source>
        <translation>La nouvelle langue sera utilisée au prochain lancement de ToolTip Companion.</translation>
    </message>
    <message>
        <source>About ToolTip Companion</source>
        <translation>À propos de ToolTip Companion</translation>
    </message>
    <message>
        <source>ToolTip Companion %1

Link previews, chat and voice on your desktop. Your keys stay in your keychain.

Data folder: %2</source>
        <translation>ToolTip Companion %1

Aperçus de liens, discussion et voix sur votre bureau. Vos clés restent dans votre trousseau.

Dossier des données&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Browser</source>
        <translation>&amp;Navigateur</translation>
    </message>
    <message>
        <source>Open the browser with link previews</source>
        <translation>Ouvrir le navigateur avec les aperçus de liens</translation>
    </message>
</context>
<context>
    <name>ttc::GlobalHotkey</name>
    <message>
        <source>macOS has no key for %1.</source>
        <translation>macOS n’a pas de touche pour %1.</translation>
    </message>
    <message>
        <source>%1 is already used by another program. Choose another voice shortcut in the tray menu under Voice.</source>
        <translation>%1 est déjà utilisé par un autre programme. Choisissez un autre raccourci vocal dans le menu de la zone de notification, sous Voix.</translation>
    </message>
    <message>
        <source>Windows has no key for %1.</source>
        <translation>Windows n’a pas de touche pour %1.</translation>
    </message>
</context>
<context>
    <name>ttc::KeyManagerWindow</name>
    <message>
        <source>API Keys</source>
        <translation>Clés d’API</translation>
    </message>
    <message>
        <source>Keys are kept in your system keychain and only sent to their provider. A local model server on this computer needs no key.</source>
        <translation>Les clés sont conservées dans le trousseau du système et envoyées uniquement à leur fournisseur. Un serveur de modèles local sur cet ordinateur n’a pas besoin de clé.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Get a key</source>
        <translation>Obtenir une clé</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>aucune clé</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>trousseau</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>cette session uniquement</translation>
    </message>
    <message>
        <source>environment (%1)</source>
        <translation>environnement (%1)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Remplacer…</translation>
    </message>
    <message numerus="yes">
        <source>%1, checked %2, %n model(s)</source>
        <translation>
            <numerusform>%1, vérifiée %2, %n modèle</numerusform>
            <numerusform>%1, vérifiée %2, %n modèles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, checked %2</source>
        <translation>%1, vérifiée %2</translation>
    </message>
    <message>
        <source>%1 API key</source>
        <translation>Clé d’API %1</translation>
    </message>
    <message>
        <source>Paste the key:</source>
        <translation>Collez la clé&#xa0;:</translation>
    </message>
    <message>
        <source>The %1 key was saved in the keychain.</source>
        <translation>La clé %1 a été enregistrée dans le trousseau.</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Aucun trousseau</translation>
    </message>
    <message>
        <source>Keep the key in memory until ToolTip Companion quits?</source>
        <translation>Garder la clé en mémoire jusqu’à la fermeture de ToolTip Companion&#xa0;?</translation>
    </message>
    <message>
        <source>The %1 key is kept for this session only.</source>
        <translation>La clé %1 est conservée pour cette session uniquement.</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <source>Remove the %1 key from the keychain?</source>
        <translation>Supprimer la clé %1 du trousseau&#xa0;?</translation>
    </message>
    <message>
        <source>The %1 key was removed.</source>
        <translation>La clé %1 a été supprimée.</translation>
    </message>
</context>
<context>
    <name>ttc::PortalGlobalHotkey</name>
    <message>
        <source>This desktop does not let applications register global shortcuts. To ask by voice with %1, add a custom shortcut in your desktop&apos;s keyboard settings that runs:
    tooltip-companion --voice</source>
        <translation>Cet environnement de bureau ne permet pas aux applications d’enregistrer des raccourcis globaux. Pour poser une question vocale avec %1, ajoutez dans les paramètres du clavier de votre bureau un raccourci personnalisé qui exécute&#xa0;:
    tooltip-companion --voice</translation>
    </message>
    <message>
        <source>Ask ToolTip Companion by voice</source>
        <translation>Poser une question vocale à ToolTip Companion</translation>
    </message>
</context>
<context>
    <name>ttc::SpeechPlayer</name>
    <message>
        <source>The answer could not be played: %1</source>
        <translation>Impossible de lire la réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>The answer could not be played: unsupported audio type %1.</source>
        <translation>Impossible de lire la réponse&#xa0;: type audio %1 non pris en charge.</translation>
    </message>
    <message>
        <source>The answer could not be played: the MP3 decoder did not start.</source>
        <translation>Impossible de lire la réponse&#xa0;: le décodeur MP3 n’a pas démarré.</translation>
    </message>
    <message>
        <source>The answer could not be played: no audio arrived.</source>
        <translation>Impossible de lire la réponse&#xa0;: aucun son n’est arrivé.</translation>
    </message>
    <message>
        <source>The answer could not be played: the audio output failed.</source>
        <translation>Impossible de lire la réponse&#xa0;: la sortie audio a échoué.</translation>
    </message>
    <message>
        <source>The answer could not be played: no audio output is available.</source>
        <translation>Impossible de lire la réponse&#xa0;: aucune sortie audio n’est disponible.</translation>
    </message>
</context>
<context>
    <name>ttc::TrayController</name>
    <message>
        <source>ToolTip Companion menu</source>
        <translation>Menu de ToolTip Companion</translation>
    </message>
    <message>
        <source>Start at &amp;Login</source>
        <translation>Lancer à l’ouverture de &amp;session</translation>
    </message>
    <message>
        <source>&amp;About ToolTip Companion</source>
        <translation>À &amp;propos de ToolTip Companion</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>ttc::VoiceController</name>
    <message>
        <source>Voice shortcut</source>
        <translation>Raccourci vocal</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>The speech recognizer &quot;%1&quot; is not available; choose another one in the voice settings.</source>
        <translation>La reconnaissance vocale «&#xa0;%1&#xa0;» n’est pas disponible&#xa0;; choisissez-en une autre dans les paramètres vocaux.</translation>
    </message>
    <message>
        <source>Transcribing…</source>
        <translation>Transcription…</translation>
    </message>
    <message>
        <source>Nothing was heard. Check the microphone and its level.</source>
        <translation>Rien n’a été entendu. Vérifiez le microphone et son niveau.</translation>
    </message>
    <message>
        <source>There is no answer to read yet.</source>
        <translation>Il n’y a pas encore de réponse à lire.</translation>
    </message>
    <message>
        <source>The voice &quot;%1&quot; is not available; choose another one in the voice settings.</source>
        <translation>La voix «&#xa0;%1&#xa0;» n’est pas disponible&#xa0;; choisissez-en une autre dans les paramètres vocaux.</translation>
    </message>
</context>
<context>
    <name>ttc::VoiceOverlay</name>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>ToolTip Companion voice</source>
        <translation>ToolTip Companion – voix</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Niveau du microphone</translation>
    </message>
    <message>
        <source>Listening on %1…</source>
        <translation>Écoute sur %1…</translation>
    </message>
    <message>
        <source>Listening on %1… (%2 to stop)</source>
        <translation>Écoute sur %1… (%2 pour arrêter)</translation>
    </message>
</context>
<context>
    <name>ttc::VoiceRecorder</name>
    <message>
        <source>The microphone &quot;%1&quot; was disconnected. What was recorded until then is kept.</source>
        <translation>Le microphone «&#xa0;%1&#xa0;» a été déconnecté. Ce qui a été enregistré jusque-là est conservé.</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or check that the sound system is running.</source>
        <translation>Aucun microphone n’a été trouvé. Branchez-en un, ou vérifiez que le système audio fonctionne.</translation>
    </message>
    <message>
        <source>The chosen microphone is not connected. Pick another one in the voice settings.</source>
        <translation>Le microphone choisi n’est pas branché. Choisissez-en un autre dans les paramètres vocaux.</translation>
    </message>
    <message>
        <source>The microphone &quot;%1&quot; could not be opened. Another program may be using it, or access to it is not allowed.</source>
        <translation>Impossible d’ouvrir le microphone «&#xa0;%1&#xa0;». Un autre programme l’utilise peut-être, ou son accès n’est pas autorisé.</translation>
    </message>
    <message>
        <source>Recording stopped: the microphone reported an error. What was recorded until then is kept.</source>
        <translation>Enregistrement arrêté&#xa0;: le microphone a signalé une erreur. Ce qui a été enregistré jusque-là est conservé.</translation>
    </message>
</context>
<context>
    <name>ttc::VoiceShortcut</name>
    <message>
        <source>&amp;Voice</source>
        <translation>&amp;Voix</translation>
    </message>
    <message>
        <source>Ask by voice</source>
        <translation>Question vocale</translation>
    </message>
    <message>
        <source>Change voice shortcut…</source>
        <translation>Modifier le raccourci vocal…</translation>
    </message>
    <message>
        <source>Voice shortcut</source>
        <translation>Raccourci vocal</translation>
    </message>
    <message>
        <source>Press this anywhere to ask by voice (for example Ctrl+Alt+Space, Ctrl+Shift+V, Meta+F9):</source>
        <translation>Appuyez sur ce raccourci n’importe où pour poser une question vocale (par exemple Ctrl+Alt+Space, Ctrl+Shift+V, Meta+F9)&#xa0;:</translation>
    </message>
    <message>
        <source>Ask by voice (%1)</source>
        <translation>Question vocale (%1)</translation>
    </message>
</context>
<context>
    <name>ttc::X11GlobalHotkey</name>
    <message>
        <source>This session has no X11 connection.</source>
        <translation>Cette session n’a pas de connexion X11.</translation>
    </message>
    <message>
        <source>The shortcut is not complete.</source>
        <translation>Le raccourci est incomplet.</translation>
    </message>
    <message>
        <source>The keyboard layout has no key for %1.</source>
        <translation>La disposition du clavier n’a pas de touche pour %1.</translation>
    </message>
    <message>
        <source>%1 is already used by another program. Choose another voice shortcut in the tray menu under Voice.</source>
        <translation>%1 est déjà utilisé par un autre programme. Choisissez un autre raccourci vocal dans le menu de la zone de notification, sous Voix.</translation>
    </message>
</context>
<context>
    <name>ttc::account::AuthSession</name>
    <message>
        <source>The email or password is wrong.</source>
        <translation>L’adresse électronique ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>An account with this email already exists. Sign in instead.</source>
        <translation>Un compte avec cette adresse électronique existe déjà. Connectez-vous plutôt.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de tentatives. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de tentatives. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts. Try again later.</source>
        <translation>Trop de tentatives. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server did not accept this: %1</source>
        <translation>Le serveur n’a pas accepté ceci&#xa0;: %1</translation>
    </message>
    <message>
        <source>The session has ended. Sign in again.</source>
        <translation>La session a pris fin. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The account server has a problem (HTTP %1). Try again later.</source>
        <translation>Le serveur de comptes rencontre un problème (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The account server refused the request (HTTP %1).</source>
        <translation>Le serveur de comptes a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>The account server refused the request: %1</source>
        <translation>Le serveur de comptes a refusé la requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>The account server sent no session tokens.</source>
        <translation>Le serveur de comptes n’a envoyé aucun jeton de session.</translation>
    </message>
    <message>
        <source>Not signed in to an account.</source>
        <translation>Non connecté à un compte.</translation>
    </message>
    <message>
        <source>The saved sign-in is gone from the keychain. Sign in again.</source>
        <translation>La connexion enregistrée a disparu du trousseau. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The session has ended (signed out elsewhere or expired). Sign in again.</source>
        <translation>La session a pris fin (déconnexion ailleurs ou expiration). Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The server no longer accepts this sign-in. Sign in again.</source>
        <translation>Le serveur n’accepte plus cette connexion. Reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>ttc::account::SyncClient</name>
    <message>
        <source>Not signed in to an account.</source>
        <translation>Non connecté à un compte.</translation>
    </message>
    <message>
        <source>The server lost this device&apos;s earlier changes. Sign out and in again to send the whole history.</source>
        <translation>Le serveur a perdu les modifications antérieures de cet appareil. Déconnectez-vous puis reconnectez-vous pour envoyer tout l’historique.</translation>
    </message>
</context>
<context>
    <name>ttc::browser::BrowserModule</name>
    <message>
        <source>Questions are off in private windows: they would be kept in the chat history.</source>
        <translation>Les questions sont désactivées dans les fenêtres privées : elles seraient conservées dans l’historique du chat.</translation>
    </message>
</context>
<context>
    <name>ttc::browser::BrowserWindow</name>
    <message>
        <source>Browser</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Onglets</translation>
    </message>
    <message>
        <source>Page load progress</source>
        <translation>Progression du chargement de la page</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Address and search bar</source>
        <translation>Barre d’adresse et de recherche</translation>
    </message>
    <message>
        <source>Search or enter address</source>
        <translation>Rechercher ou saisir une adresse</translation>
    </message>
    <message>
        <source>New Tab</source>
        <translation>Nouvel onglet</translation>
    </message>
    <message>
        <source>Close Tab</source>
        <translation>Fermer l’onglet</translation>
    </message>
    <message>
        <source>Open Location</source>
        <translation>Ouvrir l’adresse</translation>
    </message>
    <message>
        <source>Find in Page…</source>
        <translation>Rechercher dans la page…</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Rechercher le suivant</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>Rechercher le précédent</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Close &amp;Window</source>
        <translation>&amp;Fermer la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Link &amp;Previews</source>
        <translation>A&amp;perçus des liens</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Rechercher dans la page</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Texte à rechercher</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <source>The page could not be loaded</source>
        <translation>Impossible de charger la page</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Effacer l’historique</translation>
    </message>
    <message>
        <source>New &amp;Private Window</source>
        <translation>Nouvelle fenêtre &amp;privée</translation>
    </message>
    <message>
        <source>%1 (Private)</source>
        <translation>%1 (privée)</translation>
    </message>
    <message>
        <source>Resource Bot</source>
        <translation>Robot des ressources</translation>
    </message>
    <message>
        <source>Close or Stop</source>
        <translation>Fermer ou arrêter</translation>
    </message>
    <message>
        <source>Don&apos;t Preview Links on This Site</source>
        <translation>Ne pas prévisualiser les liens sur ce site</translation>
    </message>
    <message>
        <source>Sites Without Link Previews…</source>
        <translation>Sites sans aperçu des liens…</translation>
    </message>
    <message>
        <source>Preview Links on This Site Again</source>
        <translation>Prévisualiser à nouveau les liens sur ce site</translation>
    </message>
    <message>
        <source>Show link previews on %1 again</source>
        <translation>Afficher à nouveau les aperçus des liens sur %1</translation>
    </message>
    <message>
        <source>Stop showing link previews on %1</source>
        <translation>Ne plus afficher d’aperçus des liens sur %1</translation>
    </message>
    <message>
        <source>Links on %1 are previewed again.</source>
        <translation>Les liens sur %1 sont de nouveau prévisualisés.</translation>
    </message>
    <message>
        <source>Links on %1 are no longer previewed.</source>
        <translation>Les liens sur %1 ne sont plus prévisualisés.</translation>
    </message>
</context>
<context>
    <name>ttc::browser::LinkPreviewController</name>
    <message>
        <source>Summarize this page.</source>
        <translation>Résume cette page.</translation>
    </message>
</context>
<context>
    <name>ttc::browser::OptOutSitesDialog</name>
    <message>
        <source>Sites Without Link Previews</source>
        <translation>Sites sans aperçu des liens</translation>
    </message>
    <message>
        <source>Links on these sites, and links that lead to them, are not previewed.</source>
        <translation>Les liens de ces sites, et les liens qui y mènent, ne sont pas prévisualisés.</translation>
    </message>
    <message>
        <source>Sites without link previews</source>
        <translation>Sites sans aperçu des liens</translation>
    </message>
    <message>
        <source>No sites yet. Use “Don&apos;t Preview Links on This Site” in the browser&apos;s View menu or in a page&apos;s context menu to add one.</source>
        <translation>Aucun site pour l’instant. Utilisez «&#xa0;Ne pas prévisualiser les liens sur ce site&#xa0;» dans le menu Affichage du navigateur ou dans le menu contextuel d’une page pour en ajouter un.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected sites</source>
        <translation>Retirer les sites sélectionnés</translation>
    </message>
</context>
<context>
    <name>ttc::browser::PageRenderer</name>
    <message>
        <source>The page did not finish loading in time</source>
        <translation>La page n’a pas fini de se charger à temps</translation>
    </message>
    <message>
        <source>The page could not be loaded</source>
        <translation>Impossible de charger la page</translation>
    </message>
    <message>
        <source>Nothing was rendered</source>
        <translation>Aucun rendu n’a été produit</translation>
    </message>
</context>
<context>
    <name>ttc::browser::PreviewOverlay</name>
    <message>
        <source>Link preview</source>
        <translation>Aperçu du lien</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Chargement de l’aperçu…</translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min de lecture</numerusform>
            <numerusform>%n min de lecture</numerusform>
        </translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>AI summary</source>
        <translation>Résumé par IA</translation>
    </message>
    <message>
        <source>Summarizing…</source>
        <translation>Résumé en cours…</translation>
    </message>
</context>
<context>
    <name>ttc::browser::ResourcePanel</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Resource Bot</source>
        <translation>Robot des ressources</translation>
    </message>
    <message>
        <source>Resource bot</source>
        <translation>Robot des ressources</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Page summary</source>
        <translation>Résumé de la page</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Page resources</source>
        <translation>Ressources de la page</translation>
    </message>
    <message>
        <source>Reading the page…</source>
        <translation>Lecture de la page…</translation>
    </message>
    <message>
        <source>This page has no text to summarize.</source>
        <translation>Cette page n’a aucun texte à résumer.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No links on this page.</source>
        <translation>Aucun lien sur cette page.</translation>
    </message>
    <message>
        <source>Ask about this page</source>
        <translation>Poser une question sur cette page</translation>
    </message>
    <message>
        <source>Question about the page</source>
        <translation>Question sur la page</translation>
    </message>
    <message>
        <source>Ask a question about this page</source>
        <translation>Posez une question sur cette page</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Demander</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Continue in Chat</source>
        <translation>Continuer dans le chat</translation>
    </message>
    <message>
        <source>The question could not be answered.</source>
        <translation>Impossible de répondre à la question.</translation>
    </message>
    <message>
        <source>The page is still being read; ask again in a moment.</source>
        <translation>La page est encore en cours de lecture ; reposez la question dans un instant.</translation>
    </message>
    <message>
        <source>Questions need an AI provider; the summary and resources work without one.</source>
        <translation>Les questions nécessitent un fournisseur d’IA ; le résumé et les ressources fonctionnent sans.</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Question en cours…</translation>
    </message>
    <message>
        <source>AI summary</source>
        <translation>Résumé par IA</translation>
    </message>
    <message>
        <source>AI summary of the page</source>
        <translation>Résumé par IA de la page</translation>
    </message>
    <message>
        <source>Summarize this page.</source>
        <translation>Résume cette page.</translation>
    </message>
    <message>
        <source>Continue Summary in Chat</source>
        <translation>Continuer le résumé dans le chat</translation>
    </message>
    <message>
        <source>Continue the AI summary in the chat</source>
        <translation>Continuer le résumé IA dans le chat</translation>
    </message>
</context>
<context>
    <name>ttc::chat::ChatController</name>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>That chat was deleted.</source>
        <translation>Cette discussion a été supprimée.</translation>
    </message>
    <message>
        <source>Chat replies are not available in this build: the AI access layer is missing.</source>
        <translation>Les réponses de la discussion ne sont pas disponibles dans cette version&#xa0;: la couche d’accès à l’IA manque.</translation>
    </message>
    <message>
        <source>Wait for the reply to finish, or stop it with Esc.</source>
        <translation>Attendez la fin de la réponse, ou arrêtez-la avec Échap.</translation>
    </message>
    <message>
        <source>%1 is part of the %2 plan. Upgrade in Account, or pick another provider.</source>
        <translation>%1 fait partie de l’offre %2. Passez à une offre supérieure dans Compte, ou choisissez un autre fournisseur.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>That chat no longer exists.</source>
        <translation>Cette discussion n’existe plus.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Needs %1</source>
        <translation>Nécessite %1</translation>
    </message>
    <message>
        <source>Local, no key needed</source>
        <translation>Local, aucune clé nécessaire</translation>
    </message>
    <message>
        <source>No key needed</source>
        <translation>Aucune clé nécessaire</translation>
    </message>
    <message>
        <source>Key set</source>
        <translation>Clé définie</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Aucune clé</translation>
    </message>
</context>
<context>
    <name>ttc::chat::MessageListModel</name>
    <message>
        <source>That message is no longer in this chat.</source>
        <translation>Ce message ne fait plus partie de cette discussion.</translation>
    </message>
</context>
<context>
    <name>ttc::chat::SearchModel</name>
    <message>
        <source>Untitled chat</source>
        <translation>Discussion sans titre</translation>
    </message>
</context>
<context>
    <name>ttc::chat::quota</name>
    <message>
        <source>%1 is not included in the %2 plan. Upgrade to Pro to use it, or use OpenAI or a local model server.</source>
        <translation>%1 n’est pas inclus dans l’offre %2. Passez à Pro pour l’utiliser, ou utilisez OpenAI ou un serveur de modèles local.</translation>
    </message>
    <message>
        <source>Today&apos;s %1 cloud AI requests of the %2 plan are used up. They renew at %3; a local model server stays available, and Pro raises the limit.</source>
        <translation>Les %1 requêtes d’IA cloud du jour de l’offre %2 sont épuisées. Elles se renouvellent à %3&#xa0;; un serveur de modèles local reste disponible, et Pro relève la limite.</translation>
    </message>
</context>
<context>
    <name>ttc::cli</name>
    <message>
        <source>Password: </source>
        <translation>Mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>Usage: ttc account signup --server URL --email EMAIL   (password on stdin)
       ttc account login --server URL --email EMAIL [--device NAME]   (password on stdin)
       ttc account logout
       ttc account status [--json]
</source>
        <translation>Utilisation&#xa0;: ttc account signup --server URL --email EMAIL   (mot de passe sur stdin)
              ttc account login --server URL --email EMAIL [--device NAME]   (mot de passe sur stdin)
              ttc account logout
              ttc account status [--json]
</translation>
    </message>
    <message>
        <source>The account server.</source>
        <translation>Le serveur de comptes.</translation>
    </message>
    <message>
        <source>The account&apos;s email.</source>
        <translation>L’adresse électronique du compte.</translation>
    </message>
    <message>
        <source>A name for this device.</source>
        <translation>Un nom pour cet appareil.</translation>
    </message>
    <message>
        <source>the password is read from stdin, never from the command line</source>
        <translation>le mot de passe est lu sur stdin, jamais sur la ligne de commande</translation>
    </message>
    <message>
        <source>no password on stdin</source>
        <translation>aucun mot de passe sur stdin</translation>
    </message>
    <message>
        <source>Account created; signed in as %1 at %2
</source>
        <translation>Compte créé&#xa0;; connecté en tant que %1 sur %2
</translation>
    </message>
    <message>
        <source>Signed in as %1 at %2
</source>
        <translation>Connecté en tant que %1 sur %2
</translation>
    </message>
    <message>
        <source>Not signed in (local-only mode).
</source>
        <translation>Non connecté (mode local uniquement).
</translation>
    </message>
    <message>
        <source>Tier: %1
</source>
        <translation>Offre&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Cloud requests today: %1 (unlimited)
</source>
        <translation>Requêtes cloud aujourd’hui&#xa0;: %1 (illimitées)
</translation>
    </message>
    <message>
        <source>Cloud requests today: %1 of %2, resets %3
</source>
        <translation>Requêtes cloud aujourd’hui&#xa0;: %1 sur %2, réinitialisation %3
</translation>
    </message>
    <message>
        <source>Offline: %1 (showing what was known at %2)
</source>
        <translation>Hors ligne&#xa0;: %1 (état connu à %2)
</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Sync: %1 change(s) waiting; last sync %2
</source>
        <translation>Synchronisation&#xa0;: modifications en attente&#xa0;: %1&#xa0;; dernière synchronisation %2
</translation>
    </message>
    <message>
        <source>Last sync error: %1
</source>
        <translation>Dernière erreur de synchronisation&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Signed out. Local history stays on this device.
</source>
        <translation>Déconnecté. L’historique local reste sur cet appareil.
</translation>
    </message>
    <message>
        <source>Not signed in.
</source>
        <translation>Non connecté.
</translation>
    </message>
    <message>
        <source>Usage: ttc sync [--once]
Sends this device&apos;s changes to the account server and fetches the others&apos;. Without --once it keeps running and syncs whenever something changes (Ctrl+C stops).
</source>
        <translation>Utilisation&#xa0;: ttc sync [--once]
Envoie les modifications de cet appareil au serveur de comptes et récupère celles des autres. Sans --once, la commande continue et synchronise à chaque modification (Ctrl+C l’arrête).
</translation>
    </message>
    <message>
        <source>Usage: ttc sync [--once]</source>
        <translation>Utilisation&#xa0;: ttc sync [--once]</translation>
    </message>
    <message>
        <source>not signed in; use `ttc account login --server URL --email EMAIL`</source>
        <translation>non connecté&#xa0;; utilisez `ttc account login --server URL --email EMAIL`</translation>
    </message>
    <message>
        <source>Synced: sent %1 change(s) (%2 refused by the server), received %3.
</source>
        <translation>Synchronisé&#xa0;: modifications envoyées&#xa0;: %1 (refusées par le serveur&#xa0;: %2), reçues&#xa0;: %3.
</translation>
    </message>
    <message>
        <source>%1 synced: sent %2, received %3
</source>
        <translation>%1 synchronisé&#xa0;: %2 envoyées, %3 reçues
</translation>
    </message>
    <message>
        <source>sign up, sign in or out of the sync server; show the account</source>
        <translation>créer un compte, se connecter ou se déconnecter du serveur de synchronisation&#xa0;; afficher le compte</translation>
    </message>
    <message>
        <source>sync chat history and usage with the account server</source>
        <translation>synchroniser l’historique des discussions et l’utilisation avec le serveur de comptes</translation>
    </message>
    <message>
        <source>openai, anthropic, gemini or local.</source>
        <translation>openai, anthropic, gemini ou local.</translation>
    </message>
    <message>
        <source>Model name.</source>
        <translation>Nom du modèle.</translation>
    </message>
    <message>
        <source>API root, e.g. http://localhost:11434/v1.</source>
        <translation>Racine de l’API, par ex. http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>System prompt.</source>
        <translation>Instruction système.</translation>
    </message>
    <message>
        <source>Continue this session (id or unique prefix).</source>
        <translation>Poursuivre cette session (identifiant ou préfixe unique).</translation>
    </message>
    <message>
        <source>Start a new session (the default).</source>
        <translation>Commencer une nouvelle session (par défaut).</translation>
    </message>
    <message>
        <source>Print one JSON object when done instead of streaming text.</source>
        <translation>Afficher un objet JSON à la fin au lieu de diffuser le texte.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>The message; &quot;-&quot; or none reads it from stdin.</source>
        <translation>Le message&#xa0;; «&#xa0;-&#xa0;» ou rien le lit sur stdin.</translation>
    </message>
    <message>
        <source>Usage: ttc chat [--provider openai|anthropic|gemini|local] [--model M] [--base-url URL] [--system TEXT] [--session ID | --new] [--json] [MESSAGE | -]

Streams the answer to stdout as it arrives (without the model&apos;s reasoning).
</source>
        <translation>Utilisation&#xa0;: ttc chat [--provider openai|anthropic|gemini|local] [--model M] [--base-url URL] [--system TEXT] [--session ID | --new] [--json] [MESSAGE | -]

Diffuse la réponse sur stdout au fur et à mesure (sans le raisonnement du modèle).
</translation>
    </message>
    <message>
        <source>--session and --new exclude each other.</source>
        <translation>--session et --new s’excluent mutuellement.</translation>
    </message>
    <message>
        <source>Nothing to send: give a message or pipe one on stdin.</source>
        <translation>Rien à envoyer&#xa0;: indiquez un message ou transmettez-le sur stdin.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot; (openai, anthropic, gemini, local).</source>
        <translation>Fournisseur inconnu «&#xa0;%1&#xa0;» (openai, anthropic, gemini, local).</translation>
    </message>
    <message>
        <source>(%1: %2)</source>
        <translation>(%1&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Usage: ttc keys list [--json] | set PROVIDER (key read from stdin) | validate PROVIDER | remove PROVIDER
Providers: %1</source>
        <translation>Utilisation&#xa0;: ttc keys list [--json] | set PROVIDER (clé lue sur stdin) | validate PROVIDER | remove PROVIDER
Fournisseurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Keys are read from stdin, never from the command line: printf %s &quot;$KEY&quot; | ttc keys set PROVIDER</source>
        <translation>Les clés sont lues sur stdin, jamais sur la ligne de commande&#xa0;: printf %s &quot;$KEY&quot; | ttc keys set PROVIDER</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;. Providers: %2</source>
        <translation>Fournisseur inconnu «&#xa0;%1&#xa0;». Fournisseurs&#xa0;: %2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <source>Paste the %1 API key: </source>
        <translation>Collez la clé d’API %1&#xa0;: </translation>
    </message>
    <message>
        <source>No key on stdin.</source>
        <translation>Aucune clé sur stdin.</translation>
    </message>
    <message>
        <source>That does not look like an API key (spaces or too long).</source>
        <translation>Cela ne ressemble pas à une clé d’API (espaces ou trop longue).</translation>
    </message>
    <message>
        <source>Stored the %1 key (%2) in the keychain.</source>
        <translation>Clé %1 (%2) enregistrée dans le trousseau.</translation>
    </message>
    <message>
        <source>Removed the %1 key from the keychain.</source>
        <translation>Clé %1 supprimée du trousseau.</translation>
    </message>
    <message>
        <source>ttc: a key for %1 is still set in the environment (%2).</source>
        <translation>ttc&#xa0;: une clé pour %1 est encore définie dans l’environnement (%2).</translation>
    </message>
    <message>
        <source>No API key for %1.</source>
        <translation>Aucune clé d’API pour %1.</translation>
    </message>
    <message numerus="yes">
        <source>(%n models)</source>
        <translation>
            <numerusform>(%n modèle)</numerusform>
            <numerusform>(%n modèles)</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: ttc usage [--json]
Today&apos;s cloud AI requests, the limit and when it resets, the tier, and requests, tokens and estimated cost per provider today and this month.
</source>
        <translation>Utilisation&#xa0;: ttc usage [--json]
Les requêtes d’IA cloud du jour, la limite et sa réinitialisation, l’offre, ainsi que les requêtes, jetons et coût estimé par fournisseur pour aujourd’hui et ce mois-ci.
</translation>
    </message>
    <message>
        <source>Usage: ttc usage [--json]</source>
        <translation>Utilisation&#xa0;: ttc usage [--json]</translation>
    </message>
    <message>
        <source>Tier: %1 (cloud providers: %2; local servers are unlimited)
</source>
        <translation>Offre&#xa0;: %1 (fournisseurs cloud&#xa0;: %2&#xa0;; les serveurs locaux sont illimités)
</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source>no requests</source>
        <translation>aucune requête</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n requête</numerusform>
            <numerusform>%n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in / %2 out tokens</source>
        <translation>%1 jetons en entrée / %2 en sortie</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>coût inconnu</translation>
    </message>
    <message>
        <source>Today (UTC):</source>
        <translation>Aujourd’hui (UTC)&#xa0;:</translation>
    </message>
    <message>
        <source>This month (UTC):</source>
        <translation>Ce mois-ci (UTC)&#xa0;:</translation>
    </message>
    <message>
        <source>Usage: ttc history list [--json] [--limit N]
       ttc history show ID [--json]
       ttc history search QUERY [--json] [--limit N]
       ttc history export ID --format md|json [--output FILE]
ID is a session id from `ttc history list`, or its first characters when those are unique.
</source>
        <translation>Utilisation&#xa0;: ttc history list [--json] [--limit N]
              ttc history show ID [--json]
              ttc history search QUERY [--json] [--limit N]
              ttc history export ID --format md|json [--output FILE]
ID est un identifiant de session de `ttc history list`, ou ses premiers caractères s’ils sont uniques.
</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>At most N results.</source>
        <translation>Au plus N résultats.</translation>
    </message>
    <message>
        <source>md or json.</source>
        <translation>md ou json.</translation>
    </message>
    <message>
        <source>Write to FILE.</source>
        <translation>Écrire dans FILE.</translation>
    </message>
    <message>
        <source>--limit expects a positive number</source>
        <translation>--limit attend un nombre positif</translation>
    </message>
    <message>
        <source>No chats yet.</source>
        <translation>Aucune discussion pour l’instant.</translation>
    </message>
    <message>
        <source>%1 msgs</source>
        <translation>%1 msg</translation>
    </message>
    <message>
        <source>No chats yet: there is no session %1.</source>
        <translation>Aucune discussion pour l’instant&#xa0;: la session %1 n’existe pas.</translation>
    </message>
    <message>
        <source>No session with id %1.</source>
        <translation>Aucune session avec l’identifiant %1.</translation>
    </message>
    <message>
        <source>No messages match &quot;%1&quot;.</source>
        <translation>Aucun message ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>export needs --format md or --format json</source>
        <translation>export nécessite --format md ou --format json</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported %1 message(s) to %2</source>
        <translation>Messages exportés&#xa0;: %1, vers %2</translation>
    </message>
    <message>
        <source>history %1 needs %2</source>
        <translation>history %1 nécessite %2</translation>
    </message>
    <message>
        <source>one session ID</source>
        <translation>un identifiant de session</translation>
    </message>
    <message>
        <source>a QUERY</source>
        <translation>une QUERY</translation>
    </message>
    <message>
        <source>unknown history command &quot;%1&quot;</source>
        <translation>commande history inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>list, show, search and export chat history</source>
        <translation>lister, afficher, rechercher et exporter l’historique des discussions</translation>
    </message>
    <message>
        <source>local or openai.</source>
        <translation>local ou openai.</translation>
    </message>
    <message>
        <source>auto, commands or dictation.</source>
        <translation>auto, commands ou dictation.</translation>
    </message>
    <message>
        <source>Cloud model.</source>
        <translation>Modèle cloud.</translation>
    </message>
    <message>
        <source>A WAV file.</source>
        <translation>Un fichier WAV.</translation>
    </message>
    <message>
        <source>Usage: ttc transcribe FILE.wav [--engine local|openai] [--mode auto|commands|dictation] [--json]
</source>
        <translation>Utilisation&#xa0;: ttc transcribe FILE.wav [--engine local|openai] [--mode auto|commands|dictation] [--json]
</translation>
    </message>
    <message>
        <source>--mode expects auto, commands or dictation</source>
        <translation>--mode attend auto, commands ou dictation</translation>
    </message>
    <message>
        <source>Unknown speech-to-text engine &quot;%1&quot;.</source>
        <translation>Moteur de reconnaissance vocale inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>local, openai or elevenlabs.</source>
        <translation>local, openai ou elevenlabs.</translation>
    </message>
    <message>
        <source>Voice name or id.</source>
        <translation>Nom ou identifiant de la voix.</translation>
    </message>
    <message>
        <source>Speed, 1.0 is normal.</source>
        <translation>Vitesse, 1.0 est la vitesse normale.</translation>
    </message>
    <message>
        <source>Write the audio to FILE.</source>
        <translation>Écrire l’audio dans FILE.</translation>
    </message>
    <message>
        <source>Usage: ttc speak TEXT|- [--engine local|openai|elevenlabs] [--voice V] [--rate R] [--out FILE]
Without --out the audio goes to stdout.
</source>
        <translation>Utilisation&#xa0;: ttc speak TEXT|- [--engine local|openai|elevenlabs] [--voice V] [--rate R] [--out FILE]
Sans --out, l’audio est écrit sur stdout.
</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Impossible de lire l’entrée standard.</translation>
    </message>
    <message>
        <source>--rate expects a positive number</source>
        <translation>--rate attend un nombre positif</translation>
    </message>
    <message>
        <source>Refusing to write audio to a terminal: use --out FILE or a pipe.</source>
        <translation>Refus d’écrire de l’audio dans un terminal&#xa0;: utilisez --out FILE ou un tube.</translation>
    </message>
    <message>
        <source>Unknown text-to-speech engine &quot;%1&quot;.</source>
        <translation>Moteur de synthèse vocale inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>speech to text from a WAV file (offline or OpenAI)</source>
        <translation>transcrire un fichier WAV en texte (hors ligne ou OpenAI)</translation>
    </message>
    <message>
        <source>text to speech into a file (offline, OpenAI or ElevenLabs)</source>
        <translation>synthétiser du texte en parole dans un fichier (hors ligne, OpenAI ou ElevenLabs)</translation>
    </message>
    <message>
        <source>ttc: the usage of this request could not be recorded
</source>
        <translation>ttc&#xa0;: l’utilisation de cette requête n’a pas pu être enregistrée
</translation>
    </message>
    <message>
        <source>Usage: ttc preview URL [--json] [--screenshot FILE.png] [--no-cache]
Fetches an http(s) page and prints its title, site, description, reading time and an extractive
summary (--json: url, final_url, status, title, site_name, description, byline, published, lang,
favicon, image, reading_minutes, summary, main_text). Previews are cached for 24 hours in the profile;
--no-cache neither reads nor writes the cache. --screenshot renders the page with ttc-render (part of
the GUI build), installed next to ttc.
Exit codes: 0 ok, 1 local error (no ttc-render, rendering failed), 2 usage or a link that is not
http(s), 6 network (unreachable, timeout, redirect loop or too many redirects),
7 the site answered with an HTTP error or something that is not a web page, image or PDF.
</source>
        <translation>Utilisation&#xa0;: ttc preview URL [--json] [--screenshot FILE.png] [--no-cache]
Récupère une page http(s) et affiche son titre, son site, sa description, son temps de lecture et un
résumé extractif (--json&#xa0;: url, final_url, status, title, site_name, description, byline, published,
lang, favicon, image, reading_minutes, summary, main_text). Les aperçus sont mis en cache 24 heures
dans le profil&#xa0;; --no-cache ne lit ni n’écrit le cache. --screenshot rend la page avec ttc-render
(fourni avec la version graphique), installé à côté de ttc.
Codes de sortie&#xa0;: 0 succès, 1 erreur locale (pas de ttc-render, échec du rendu), 2 utilisation ou lien
qui n’est pas http(s), 6 réseau (injoignable, délai dépassé, boucle ou excès de redirections),
7 le site a répondu par une erreur HTTP ou par autre chose qu’une page web, une image ou un PDF.
</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>moins d’une minute</translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min de lecture</numerusform>
            <numerusform>%n min de lecture</numerusform>
        </translation>
    </message>
    <message>
        <source>Also save a rendering of the page.</source>
        <translation>Enregistrer aussi un rendu de la page.</translation>
    </message>
    <message>
        <source>Neither read nor write the preview cache.</source>
        <translation>Ne pas lire ni écrire le cache des aperçus.</translation>
    </message>
    <message>
        <source>cannot preview &quot;%1&quot;: %2</source>
        <translation>impossible d’afficher un aperçu de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>--screenshot needs a file name</source>
        <translation>--screenshot attend un nom de fichier</translation>
    </message>
    <message>
        <source>--screenshot needs ttc-render (built with the GUI)</source>
        <translation>--screenshot nécessite ttc-render (compilé avec l’interface graphique)</translation>
    </message>
    <message>
        <source>the database could not be opened</source>
        <translation>impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>ttc-render could not render the page%1</source>
        <translation>ttc-render n’a pas pu rendre la page%1</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Résumé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Screenshot: %1</source>
        <translation>Capture d’écran&#xa0;: %1</translation>
    </message>
    <message>
        <source>ttc: the history database was damaged; it was kept as %1 and a new one was created
</source>
        <translation>ttc&#xa0;: la base de l’historique était endommagée&#xa0;; elle a été conservée sous %1 et une nouvelle a été créée
</translation>
    </message>
</context>
<context>
    <name>ttc::keys</name>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non contrôlée</translation>
    </message>
    <message>
        <source>No keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet). The key can be kept for this session only.</source>
        <translation>Aucun trousseau n’est disponible (sous Linux&#xa0;: un Secret Service comme GNOME Keyring ou KWallet). La clé peut être conservée pour cette session uniquement.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>L’accès au trousseau a été refusé.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Le trousseau a signalé une erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ttc::keys::KeyValidator</name>
    <message>
        <source>Unknown provider.</source>
        <translation>Fournisseur inconnu.</translation>
    </message>
    <message>
        <source>Could not reach the provider to check the key.</source>
        <translation>Impossible de joindre le fournisseur pour vérifier la clé.</translation>
    </message>
    <message>
        <source>ElevenLabs rejected the API key.</source>
        <translation>ElevenLabs a refusé la clé d’API.</translation>
    </message>
    <message>
        <source>ElevenLabs answered HTTP %1.</source>
        <translation>ElevenLabs a répondu HTTP %1.</translation>
    </message>
</context>
<context>
    <name>ttc::preview::FetchJob</name>
    <message>
        <source>The page did not answer within %1 s.</source>
        <translation>La page n’a pas répondu dans les %1 s.</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>Impossible de charger %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The page redirected without saying where to.</source>
        <translation>La page a redirigé sans indiquer vers où.</translation>
    </message>
    <message>
        <source>The page redirected to something that is not a web page.</source>
        <translation>La page a redirigé vers quelque chose qui n’est pas une page web.</translation>
    </message>
    <message>
        <source>The page redirects in a loop.</source>
        <translation>La page redirige en boucle.</translation>
    </message>
    <message>
        <source>The page redirected more than %1 times.</source>
        <translation>La page a redirigé plus de %1 fois.</translation>
    </message>
    <message>
        <source>The server answered %1 %2.</source>
        <translation>Le serveur a répondu %1 %2.</translation>
    </message>
    <message>
        <source>This link leads to a file of type %1, not a web page.</source>
        <translation>Ce lien mène à un fichier de type %1, pas à une page web.</translation>
    </message>
    <message>
        <source>The image is larger than %1 KiB.</source>
        <translation>L’image dépasse %1&#xa0;Kio.</translation>
    </message>
    <message>
        <source>This link leads to a file of type %1, not an image.</source>
        <translation>Ce lien mène à un fichier de type %1, pas à une image.</translation>
    </message>
    <message>
        <source>The page redirected to %1, which is not fetched.</source>
        <translation>La page redirige vers %1, qui n’est pas chargé.</translation>
    </message>
</context>
<context>
    <name>ttc::preview::PageFetcher</name>
    <message>
        <source>Only http and https pages can be fetched.</source>
        <translation>Seules les pages http et https peuvent être récupérées.</translation>
    </message>
</context>
<context>
    <name>ttc::preview::PreviewService</name>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>%1 image</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>This site icon could not be loaded before.</source>
        <translation>Cette icône de site n’a déjà pas pu être chargée auparavant.</translation>
    </message>
    <message>
        <source>The site icon is empty.</source>
        <translation>L’icône du site est vide.</translation>
    </message>
    <message>
        <source>This link leads to a site previews are turned off for.</source>
        <translation>Ce lien mène à un site pour lequel les aperçus sont désactivés.</translation>
    </message>
</context>
<context>
    <name>ttc::providers</name>
    <message>
        <source>No API key for %1. Add one with `ttc keys set %2` or in API Keys… in the tray menu.</source>
        <translation>Aucune clé d’API pour %1. Ajoutez-en une avec `ttc keys set %2` ou dans Clés d’API… du menu de la zone de notification.</translation>
    </message>
    <message>
        <source>%1 rejected the API key. Check or replace it (API Keys… in the tray menu, or `ttc keys set`).</source>
        <translation>%1 a refusé la clé d’API. Vérifiez-la ou remplacez-la (Clés d’API… dans le menu de la zone de notification, ou `ttc keys set`).</translation>
    </message>
    <message>
        <source>%1 refused access: the key has no permission for this model or region.</source>
        <translation>%1 a refusé l’accès&#xa0;: la clé n’a pas d’autorisation pour ce modèle ou cette région.</translation>
    </message>
    <message>
        <source>Your %1 account has no credit or quota left. Check its plan and billing.</source>
        <translation>Votre compte %1 n’a plus de crédit ni de quota. Vérifiez son offre et sa facturation.</translation>
    </message>
    <message>
        <source>%1 is rate limiting requests. Try again in a moment.</source>
        <translation>%1 limite le débit des requêtes. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>%1 is overloaded right now. Try again in a moment.</source>
        <translation>%1 est surchargé en ce moment. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The conversation is too long for this model. Start a new chat or pick a model with a larger context.</source>
        <translation>La conversation est trop longue pour ce modèle. Commencez une nouvelle discussion ou choisissez un modèle avec un contexte plus grand.</translation>
    </message>
    <message>
        <source>%1 does not know this model. Pick another one.</source>
        <translation>%1 ne connaît pas ce modèle. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>%1 did not accept the request.</source>
        <translation>%1 n’a pas accepté la requête.</translation>
    </message>
    <message>
        <source>Cannot reach %1. Check the network connection or the base URL.</source>
        <translation>Impossible de joindre %1. Vérifiez la connexion réseau ou l’URL de base.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>%1 sent an answer that could not be read; the part received so far is kept.</source>
        <translation>%1 a envoyé une réponse illisible&#xa0;; la partie reçue jusqu’ici est conservée.</translation>
    </message>
    <message>
        <source>The answer from %1 was too large; the part received so far is kept.</source>
        <translation>La réponse de %1 était trop volumineuse&#xa0;; la partie reçue jusqu’ici est conservée.</translation>
    </message>
    <message>
        <source>%1 is not included in your plan.</source>
        <translation>%1 n’est pas inclus dans votre offre.</translation>
    </message>
    <message>
        <source>Today&apos;s cloud AI requests are used up.</source>
        <translation>Les requêtes d’IA cloud du jour sont épuisées.</translation>
    </message>
    <message>
        <source>No local model server found on localhost:11434 (Ollama) or localhost:8080 (llama.cpp). Start one or give its address with --base-url.</source>
        <translation>Aucun serveur de modèles local trouvé sur localhost:11434 (Ollama) ou localhost:8080 (llama.cpp). Lancez-en un ou indiquez son adresse avec --base-url.</translation>
    </message>
    <message>
        <source>%1 reported an error.</source>
        <translation>%1 a signalé une erreur.</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Message&#xa0;: %1</translation>
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation>(HTTP %1)</translation>
    </message>
</context>
<context>
    <name>ttc::voice</name>
    <message>
        <source>Cloud voice is not set up in this program.</source>
        <translation>La voix cloud n’est pas configurée dans ce programme.</translation>
    </message>
    <message>
        <source>Cloud voice (OpenAI transcription and speech, ElevenLabs) is part of the Pro plan, and this profile is on the %1 plan. Offline voice works on every plan: choose the offline engine (--engine local).</source>
        <translation>La voix cloud (transcription et synthèse OpenAI, ElevenLabs) fait partie de l’offre Pro, et ce profil utilise l’offre %1. La voix hors ligne fonctionne avec toutes les offres&#xa0;: choisissez le moteur hors ligne (--engine local).</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>OpenAI transcription</source>
        <translation>Transcription OpenAI</translation>
    </message>
    <message>
        <source>OpenAI speech</source>
        <translation>Synthèse vocale OpenAI</translation>
    </message>
    <message>
        <source>ElevenLabs</source>
        <translation>ElevenLabs</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Offline (pocketsphinx)</source>
        <translation>Hors ligne (pocketsphinx)</translation>
    </message>
    <message>
        <source>Offline (flite)</source>
        <translation>Hors ligne (flite)</translation>
    </message>
    <message>
        <source>Not a usable WAV file: %1</source>
        <translation>Fichier WAV inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>no RIFF/WAVE header</source>
        <translation>pas d’en-tête RIFF/WAVE</translation>
    </message>
    <message>
        <source>no fmt chunk</source>
        <translation>pas de bloc fmt</translation>
    </message>
    <message>
        <source>no data chunk</source>
        <translation>pas de bloc data</translation>
    </message>
    <message>
        <source>%1 channels at %2 Hz</source>
        <translation>%1 canaux à %2 Hz</translation>
    </message>
    <message>
        <source>format %1 with %2 bits is not PCM</source>
        <translation>le format %1 sur %2 bits n’est pas du PCM</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ttc::voice::Flite</name>
    <message>
        <source>Nothing to say.</source>
        <translation>Rien à dire.</translation>
    </message>
    <message>
        <source>Unknown offline voice &quot;%1&quot;; voices: %2.</source>
        <translation>Voix hors ligne inconnue «&#xa0;%1&#xa0;»&#xa0;; voix&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The offline voice could not say that.</source>
        <translation>La voix hors ligne n’a pas pu prononcer cela.</translation>
    </message>
</context>
<context>
    <name>ttc::voice::PocketSphinxDecoder</name>
    <message>
        <source>The offline speech model is missing (%1). Install the package pocketsphinx-en-us.</source>
        <translation>Le modèle vocal hors ligne est absent (%1). Installez le paquet pocketsphinx-en-us.</translation>
    </message>
    <message>
        <source>The offline speech recognizer could not read its settings.</source>
        <translation>La reconnaissance vocale hors ligne n’a pas pu lire ses paramètres.</translation>
    </message>
    <message>
        <source>The offline speech recognizer could not load its model.</source>
        <translation>La reconnaissance vocale hors ligne n’a pas pu charger son modèle.</translation>
    </message>
    <message>
        <source>The offline speech recognizer rejected the command grammar.</source>
        <translation>La reconnaissance vocale hors ligne a refusé la grammaire des commandes.</translation>
    </message>
    <message>
        <source>The offline speech recognizer could not start.</source>
        <translation>La reconnaissance vocale hors ligne n’a pas pu démarrer.</translation>
    </message>
</context>
</TS>
