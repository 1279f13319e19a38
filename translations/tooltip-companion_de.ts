<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Account</name>
    <message>
        <source>The account server cannot be reached.</source>
        <translation>Der Kontoserver ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The account server sent an answer this app cannot read.</source>
        <translation>Der Kontoserver hat eine Antwort gesendet, die diese Anwendung nicht lesen kann.</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Keep all data (history, settings, logs, caches) under DIR. Also TTC_PROFILE_DIR.</source>
        <translation>Alle Daten (Verlauf, Einstellungen, Protokolle, Caches) unter DIR ablegen. Auch TTC_PROFILE_DIR.</translation>
    </message>
    <message>
        <source>Start a voice query, or stop the one that is recording (what the voice shortcut does).</source>
        <translation>Eine Sprachfrage starten oder die laufende Aufnahme beenden (wie das Sprachkürzel).</translation>
    </message>
    <message>
        <source>Open a window: %1.</source>
        <translation>Ein Fenster öffnen: %1.</translation>
    </message>
    <message>
        <source>Open URL in the built-in browser.</source>
        <translation>URL im eingebauten Browser öffnen.</translation>
    </message>
    <message>
        <source>The account and sync server (ttc-server) to use.</source>
        <translation>Der zu verwendende Konto- und Synchronisationsserver (ttc-server).</translation>
    </message>
    <message>
        <source>ToolTip Companion lives in the system tray. A second launch hands its options to the running one.</source>
        <translation>ToolTip Companion befindet sich im Systemabschnitt der Kontrollleiste. Ein zweiter Start übergibt seine Optionen an die laufende Instanz.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Unknown window for --open: %1 (one of: %2)</source>
        <translation>Unbekanntes Fenster für --open: %1 (möglich: %2)</translation>
    </message>
    <message>
        <source>--server needs an http(s) address, not: %1</source>
        <translation>--server erwartet eine http(s)-Adresse, nicht: %1</translation>
    </message>
    <message>
        <source>--browse needs a web address, not: %1</source>
        <translation>--browse erwartet eine Webadresse, nicht: %1</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Cannot change start at login (%1): %2</source>
        <translation>Der Start bei der Anmeldung kann nicht geändert werden (%1): %2</translation>
    </message>
    <message>
        <source>Start ToolTip Companion in the system tray</source>
        <translation>ToolTip Companion im Systemabschnitt der Kontrollleiste starten</translation>
    </message>
</context>
<context>
    <name>ChatExport</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Assistant (%1)</source>
        <translation>Assistent (%1)</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Exported from %1 · session %2 · started %3</source>
        <translation>Exportiert aus %1 · Sitzung %2 · begonnen %3</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>(abgebrochen)</translation>
    </message>
    <message>
        <source>(failed: %1)</source>
        <translation>(fehlgeschlagen: %1)</translation>
    </message>
</context>
<context>
    <name>ChatRepository</name>
    <message>
        <source>No %1 with id %2.</source>
        <translation>Kein Eintrag (%1) mit der ID %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a session id (give the id or at least its first 4 characters).</source>
        <translation>„%1“ ist keine Sitzungs-ID (geben Sie die ID oder mindestens ihre ersten 4 Zeichen an).</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one session; give more characters.</source>
        <translation>„%1“ passt zu mehr als einer Sitzung; geben Sie mehr Zeichen an.</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>Code block, %1</source>
        <translation>Codeblock, %1</translation>
    </message>
    <message>
        <source>Code block</source>
        <translation>Codeblock</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message (Enter to send, Shift+Enter for a new line)</source>
        <translation>Nachricht (Eingabe: senden, Umschalt+Eingabe: neue Zeile)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter adds a new line</source>
        <translation>Eingabe sendet, Umschalt+Eingabe fügt eine neue Zeile ein</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>Antwort stoppen</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message numerus="yes">
        <source>~%n token(s)</source>
        <translation>
            <numerusform>~%n Token</numerusform>
            <numerusform>~%n Token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n token(s)</source>
        <translation>
            <numerusform>Etwa %n Token</numerusform>
            <numerusform>Etwa %n Token</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the history database %1: %2</source>
        <translation>Die Verlaufsdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The history database %1 is damaged (%2).</source>
        <translation>Die Verlaufsdatenbank %1 ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>The history database %1 is damaged and could not be moved aside. Move it away by hand to start a new one.</source>
        <translation>Die Verlaufsdatenbank %1 ist beschädigt und konnte nicht beiseitegelegt werden. Verschieben Sie sie von Hand, um eine neue zu beginnen.</translation>
    </message>
    <message>
        <source>The history database cannot be read: %1</source>
        <translation>Die Verlaufsdatenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The history database was written by a newer version of this app (schema %1, this version knows %2). Update the app to open it.</source>
        <translation>Die Verlaufsdatenbank wurde von einer neueren Version dieser Anwendung geschrieben (Schema %1, diese Version kennt %2). Aktualisieren Sie die Anwendung, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The history database is busy; try again.</source>
        <translation>Die Verlaufsdatenbank ist belegt; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The history database reported an error: %1</source>
        <translation>Die Verlaufsdatenbank hat einen Fehler gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>FeatureLoader</name>
    <message>
        <source>The %1 feature is not installed (looked in %2). Reinstall ToolTip Companion.</source>
        <translation>Die Funktion %1 ist nicht installiert (gesucht in %2). Installieren Sie ToolTip Companion neu.</translation>
    </message>
    <message>
        <source>The %1 feature could not be loaded: %2</source>
        <translation>Die Funktion %1 konnte nicht geladen werden: %2</translation>
    </message>
</context>
<context>
    <name>LinkPolicy</name>
    <message>
        <source>This is not a valid web address.</source>
        <translation>Dies ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>Only http and https links are previewed.</source>
        <translation>Nur http- und https-Links erhalten eine Vorschau.</translation>
    </message>
    <message>
        <source>This link points into the same page.</source>
        <translation>Dieser Link verweist auf dieselbe Seite.</translation>
    </message>
    <message>
        <source>Previews are turned off for this site.</source>
        <translation>Vorschauen sind für diese Website ausgeschaltet.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Chat — %1</source>
        <translation>Chat – %1</translation>
    </message>
    <message>
        <source>Hide chats</source>
        <translation>Chats ausblenden</translation>
    </message>
    <message>
        <source>Show chats</source>
        <translation>Chats einblenden</translation>
    </message>
    <message>
        <source>No AI access</source>
        <translation>Kein KI-Zugang</translation>
    </message>
    <message>
        <source>Pick a provider</source>
        <translation>Anbieter wählen</translation>
    </message>
    <message>
        <source>Provider and model: %1</source>
        <translation>Anbieter und Modell: %1</translation>
    </message>
    <message>
        <source>Choose the AI provider and model</source>
        <translation>KI-Anbieter und Modell wählen</translation>
    </message>
    <message>
        <source>%1 today</source>
        <translation>%1 heute</translation>
    </message>
    <message>
        <source>%1/%2 today</source>
        <translation>%1/%2 heute</translation>
    </message>
    <message>
        <source>Cloud requests today: %1, no limit</source>
        <translation>Cloud-Anfragen heute: %1, ohne Limit</translation>
    </message>
    <message>
        <source>Cloud requests today: %1 of %2, resets %3</source>
        <translation>Cloud-Anfragen heute: %1 von %2, Zurücksetzung %3</translation>
    </message>
    <message>
        <source>Daily limit reached. It resets %1. Upgrade for more.</source>
        <translation>Tageslimit erreicht. Zurücksetzung %1. Mit einem Upgrade erhalten Sie mehr.</translation>
    </message>
    <message>
        <source>Cloud requests used today on the %1 plan; resets %2</source>
        <translation>Heute verbrauchte Cloud-Anfragen im Tarif %1; Zurücksetzung %2</translation>
    </message>
    <message>
        <source>Stop keeping the window on top</source>
        <translation>Fenster nicht mehr im Vordergrund halten</translation>
    </message>
    <message>
        <source>Keep the window on top</source>
        <translation>Fenster im Vordergrund halten</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Weitere Optionen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Follow system appearance</source>
        <translation>Systemdarstellung folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>API keys…</source>
        <translation>API-Schlüssel …</translation>
    </message>
    <message>
        <source>Hide window</source>
        <translation>Fenster ausblenden</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>You said</source>
        <translation>Ihre Nachricht</translation>
    </message>
    <message>
        <source>Assistant replied</source>
        <translation>Antwort des Assistenten</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Gesendet %1</translation>
    </message>
    <message>
        <source>Answered by %1</source>
        <translation>Beantwortet von %1</translation>
    </message>
    <message>
        <source>%1 in · %2 out</source>
        <translation>%1 ein · %2 aus</translation>
    </message>
    <message>
        <source>Tokens: %1 in, %2 out</source>
        <translation>Token: %1 ein, %2 aus</translation>
    </message>
    <message>
        <source>▾ Thinking</source>
        <translation>▾ Denkprozess</translation>
    </message>
    <message>
        <source>▸ Thinking</source>
        <translation>▸ Denkprozess</translation>
    </message>
    <message>
        <source>Hide the model&apos;s thinking</source>
        <translation>Denkprozess des Modells ausblenden</translation>
    </message>
    <message>
        <source>Show the model&apos;s thinking</source>
        <translation>Denkprozess des Modells einblenden</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation>Die Antwort ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Fix key</source>
        <translation>Schlüssel korrigieren</translation>
    </message>
    <message>
        <source>Fix the API key</source>
        <translation>API-Schlüssel korrigieren</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Retry this reply</source>
        <translation>Diese Antwort wiederholen</translation>
    </message>
    <message>
        <source>Edit your message</source>
        <translation>Ihre Nachricht bearbeiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the edited message</source>
        <translation>Bearbeitete Nachricht senden</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Nachricht kopieren</translation>
    </message>
    <message>
        <source>Edit and resend</source>
        <translation>Bearbeiten und erneut senden</translation>
    </message>
    <message>
        <source>Regenerate reply</source>
        <translation>Antwort neu erzeugen</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Ask anything. Enter sends, Shift+Enter adds a line, Esc stops a reply.</source>
        <translation>Fragen Sie, was Sie möchten. Eingabe sendet, Umschalt+Eingabe fügt eine Zeile ein, Esc stoppt eine Antwort.</translation>
    </message>
    <message>
        <source>Chat replies need the AI access layer, which this build does not have yet.</source>
        <translation>Chat-Antworten benötigen die KI-Zugriffsschicht, die dieser Build noch nicht enthält.</translation>
    </message>
    <message>
        <source>Jump to the newest message</source>
        <translation>Zur neuesten Nachricht springen</translation>
    </message>
</context>
<context>
    <name>ProviderMenu</name>
    <message>
        <source>Provider and model</source>
        <translation>Anbieter und Modell</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <source>Manage API keys…</source>
        <translation>API-Schlüssel verwalten …</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>Local server</source>
        <translation>Lokaler Server</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>[image]</source>
        <translation>[Bild]</translation>
    </message>
</context>
<context>
    <name>SessionDialogs</name>
    <message>
        <source>Rename chat</source>
        <translation>Chat umbenennen</translation>
    </message>
    <message>
        <source>Chat title</source>
        <translation>Chat-Titel</translation>
    </message>
    <message>
        <source>Export chat as JSON</source>
        <translation>Chat als JSON exportieren</translation>
    </message>
    <message>
        <source>Export chat as Markdown</source>
        <translation>Chat als Markdown exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Search all chats</source>
        <translation>Alle Chats durchsuchen</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Chat: %1</source>
        <translation>Chat: %1</translation>
    </message>
    <message>
        <source>No chats yet</source>
        <translation>Noch keine Chats</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Result in %1</source>
        <translation>Treffer in %1</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation>„%1“ gelöscht</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen …</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Als Markdown exportieren …</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Als JSON exportieren …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>ttc</name>
    <message>
        <source>ask a model; the answer streams to stdout</source>
        <translation>ein Modell fragen; die Antwort wird nach stdout gestreamt</translation>
    </message>
    <message>
        <source>list|set|validate|remove API keys (keychain)</source>
        <translation>API-Schlüssel auflisten|setzen|prüfen|entfernen (Schlüsselbund)</translation>
    </message>
    <message>
        <source>cloud requests, tokens and cost; quota</source>
        <translation>Cloud-Anfragen, Token und Kosten; Kontingent</translation>
    </message>
    <message>
        <source>Usage: ttc [--profile DIR] COMMAND [ARGS]

The command line of ToolTip Companion, over the same data as the app.

Commands:
</source>
        <translation>Aufruf: ttc [--profile DIR] COMMAND [ARGS]

Die Befehlszeile von ToolTip Companion, mit denselben Daten wie die Anwendung.

Befehle:
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable shortcut: %2</source>
        <translation>„%1“ ist kein verwendbares Tastenkürzel: %2</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>es ist leer</translation>
    </message>
    <message>
        <source>unknown modifier &quot;%1&quot;</source>
        <translation>unbekannte Zusatztaste „%1“</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unbekannte Taste „%1“</translation>
    </message>
    <message>
        <source>a global shortcut needs Ctrl, Alt, Shift or Meta</source>
        <translation>ein globales Tastenkürzel benötigt Ctrl, Alt, Shift oder Meta</translation>
    </message>
    <message>
        <source>preview a link: title, site, summary (--json)</source>
        <translation>Vorschau eines Links: Titel, Website, Zusammenfassung (--json)</translation>
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
Optionen:
  --profile DIR  alle Daten unter DIR ablegen (auch TTC_PROFILE_DIR)
  -h, --help     diese Hilfe anzeigen; `ttc COMMAND --help` für einen Befehl
  -v, --version  die Version anzeigen

Rückgabewerte: 0 OK, 1 lokaler Fehler, 2 Aufruf, 3 fehlender oder ungültiger Schlüssel,
4 Tarif oder Kontingent, 5 Ratenbegrenzung oder Überlastung, 6 Netzwerk,
7 anderer Anbieter- oder Website-Fehler, 8 Server- oder Kontofehler.
</translation>
    </message>
    <message>
        <source>ttc: --profile needs a folder
</source>
        <translation>ttc: --profile braucht einen Ordner
</translation>
    </message>
    <message>
        <source>ttc: unknown command &quot;%1&quot;
Try &apos;ttc --help&apos;.
</source>
        <translation>ttc: unbekannter Befehl „%1“
„ttc --help“ zeigt die Befehle.
</translation>
    </message>
</context>
<context>
    <name>ttc-render</name>
    <message>
        <source>Renders a web page into a PNG file.</source>
        <translation>Stellt eine Webseite als PNG-Datei dar.</translation>
    </message>
    <message>
        <source>Page to render</source>
        <translation>Darzustellende Seite</translation>
    </message>
    <message>
        <source>PNG file to write</source>
        <translation>Zu schreibende PNG-Datei</translation>
    </message>
    <message>
        <source>Viewport size (default 1280x800)</source>
        <translation>Größe des Anzeigebereichs (Standard 1280x800)</translation>
    </message>
    <message>
        <source>Seconds to wait (default 15)</source>
        <translation>Wartezeit in Sekunden (Standard 15)</translation>
    </message>
</context>
<context>
    <name>ttc::AccountWindow</name>
    <message>
        <source>Account – ToolTip Companion</source>
        <translation>Konto – ToolTip Companion</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>&amp;Konto erstellen</translation>
    </message>
    <message>
        <source>An account keeps your chat history and usage in sync across devices. Without one, everything stays on this device.</source>
        <translation>Ein Konto hält Ihren Chatverlauf und Ihre Nutzung zwischen Geräten synchron. Ohne Konto bleibt alles auf diesem Gerät.</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Upgrade…</source>
        <translation>&amp;Upgrade …</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example https://sync.example.com.</source>
        <translation>Geben Sie die Adresse des Servers ein, zum Beispiel https://sync.example.com.</translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Konto wird erstellt …</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Opening the checkout page…</source>
        <translation>Bezahlseite wird geöffnet …</translation>
    </message>
    <message>
        <source>The server sent no checkout link.</source>
        <translation>Der Server hat keinen Link zur Bezahlseite gesendet.</translation>
    </message>
    <message>
        <source>The checkout page opened in your browser. The new tier shows here as soon as the payment is confirmed.</source>
        <translation>Die Bezahlseite wurde in Ihrem Browser geöffnet. Der neue Tarif erscheint hier, sobald die Zahlung bestätigt ist.</translation>
    </message>
    <message>
        <source>Signed in as %1 at %2</source>
        <translation>Angemeldet als %1 bei %2</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>Tarif: %1</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message numerus="yes">
        <source>%n cloud request(s) today, no daily limit.</source>
        <translation>
            <numerusform>Heute %n Cloud-Anfrage, kein Tageslimit.</numerusform>
            <numerusform>Heute %n Cloud-Anfragen, kein Tageslimit.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 cloud requests used today; resets %3.</source>
        <translation>Heute %1 von %2 Cloud-Anfragen verbraucht; Zurücksetzung %3.</translation>
    </message>
    <message>
        <source>Tier: not known yet</source>
        <translation>Tarif: noch unbekannt</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisierung läuft …</translation>
    </message>
    <message>
        <source>Offline: changes wait on this device and are sent when the server can be reached.</source>
        <translation>Offline: Änderungen warten auf diesem Gerät und werden gesendet, sobald der Server erreichbar ist.</translation>
    </message>
    <message>
        <source>Sync failed; it is retried automatically.</source>
        <translation>Synchronisierung fehlgeschlagen; sie wird automatisch wiederholt.</translation>
    </message>
    <message>
        <source>Synced; last sync %1.</source>
        <translation>Synchronisiert; letzte Synchronisierung %1.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Noch nicht synchronisiert.</translation>
    </message>
    <message>
        <source>Offline use of cloud providers needs one successful connection first.</source>
        <translation>Für die Offline-Nutzung von Cloud-Anbietern ist zuerst eine erfolgreiche Verbindung nötig.</translation>
    </message>
</context>
<context>
    <name>ttc::CompanionApp</name>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>Open the chat window</source>
        <translation>Chatfenster öffnen</translation>
    </message>
    <message>
        <source>API &amp;Keys…</source>
        <translation>API-&amp;Schlüssel …</translation>
    </message>
    <message>
        <source>&amp;Account…</source>
        <translation>&amp;Konto …</translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation>Verlauf nicht verfügbar</translation>
    </message>
    <message>
        <source>History database repaired</source>
        <translation>Verlaufsdatenbank repariert</translation>
    </message>
    <message>
        <source>The history database was damaged and has been replaced by a new one. The old file was kept as %1.</source>
        <translation>Die Verlaufsdatenbank war beschädigt und wurde durch eine neue ersetzt. Die alte Datei wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>ToolTip Companion is already running. Its menu is in the system tray.</source>
        <translation>ToolTip Companion läuft bereits. Sein Menü befindet sich im Systemabschnitt der Kontrollleiste.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Bei Anmeldung starten</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation>Sprache der Benutzeroberfläche</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language is used from the next start of ToolTip Companion.</source>
        <translation>Die neue Sprache wird ab dem nächsten Start von ToolTip Companion verwendet.</translation>
    </message>
    <message>
        <source>About ToolTip Companion</source>
        <translation>Über ToolTip Companion</translation>
    </message>
    <message>
        <source>ToolTip Companion %1

Link previews, chat and voice on your desktop. Your keys stay in your keychain.

Data folder: %2</source>
        <translation>ToolTip Companion %1

Linkvorschauen, Chat und Sprache auf Ihrem Desktop. Ihre Schlüssel bleiben in Ihrem Schlüsselbund.

Datenordner: %2</translation>
    </message>
    <message>
        <source>&amp;Browser</source>
        <translation>B&amp;rowser</translation>
    </message>
    <message>
        <source>Open the browser with link previews</source>
        <translation>Den Browser mit Linkvorschauen öffnen</translation>
    </message>
</context>
<context>
    <name>ttc::GlobalHotkey</name>
    <message>
        <source>macOS has no key for %1.</source>
        <translation>macOS hat keine Taste für %1.</translation>
    </message>
    <message>
        <source>%1 is already used by another program. Choose another voice shortcut in the tray menu under Voice.</source>
        <translation>%1 wird bereits von einem anderen Programm verwendet. Wählen Sie im Kontrollleistenmenü unter Spracheingabe ein anderes Sprachkürzel.</translation>
    </message>
    <message>
        <source>Windows has no key for %1.</source>
        <translation>Windows hat keine Taste für %1.</translation>
    </message>
</context>
<context>
    <name>ttc::KeyManagerWindow</name>
    <message>
        <source>API Keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Keys are kept in your system keychain and only sent to their provider. A local model server on this computer needs no key.</source>
        <translation>Schlüssel werden im Schlüsselbund Ihres Systems aufbewahrt und nur an ihren Anbieter gesendet. Ein lokaler Modellserver auf diesem Rechner benötigt keinen Schlüssel.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Get a key</source>
        <translation>Schlüssel besorgen</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>nur diese Sitzung</translation>
    </message>
    <message>
        <source>environment (%1)</source>
        <translation>Umgebung (%1)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen …</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Ersetzen …</translation>
    </message>
    <message numerus="yes">
        <source>%1, checked %2, %n model(s)</source>
        <translation>
            <numerusform>%1, geprüft %2, %n Modell</numerusform>
            <numerusform>%1, geprüft %2, %n Modelle</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, checked %2</source>
        <translation>%1, geprüft %2</translation>
    </message>
    <message>
        <source>%1 API key</source>
        <translation>%1-API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste the key:</source>
        <translation>Fügen Sie den Schlüssel ein:</translation>
    </message>
    <message>
        <source>The %1 key was saved in the keychain.</source>
        <translation>Der Schlüssel für %1 wurde im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>Keep the key in memory until ToolTip Companion quits?</source>
        <translation>Den Schlüssel im Speicher behalten, bis ToolTip Companion beendet wird?</translation>
    </message>
    <message>
        <source>The %1 key is kept for this session only.</source>
        <translation>Der Schlüssel für %1 wird nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft …</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Remove the %1 key from the keychain?</source>
        <translation>Den Schlüssel für %1 aus dem Schlüsselbund entfernen?</translation>
    </message>
    <message>
        <source>The %1 key was removed.</source>
        <translation>Der Schlüssel für %1 wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>ttc::PortalGlobalHotkey</name>
    <message>
        <source>This desktop does not let applications register global shortcuts. To ask by voice with %1, add a custom shortcut in your desktop&apos;s keyboard settings that runs:
    tooltip-companion --voice</source>
        <translation>Diese Arbeitsumgebung erlaubt Anwendungen keine globalen Tastenkürzel. Um mit %1 per Sprache zu fragen, legen Sie in den Tastatureinstellungen Ihrer Arbeitsumgebung ein eigenes Tastenkürzel an, das Folgendes ausführt:
    tooltip-companion --voice</translation>
    </message>
    <message>
        <source>Ask ToolTip Companion by voice</source>
        <translation>ToolTip Companion per Sprache fragen</translation>
    </message>
</context>
<context>
    <name>ttc::SpeechPlayer</name>
    <message>
        <source>The answer could not be played: %1</source>
        <translation>Die Antwort konnte nicht abgespielt werden: %1</translation>
    </message>
    <message>
        <source>The answer could not be played: unsupported audio type %1.</source>
        <translation>Die Antwort konnte nicht abgespielt werden: nicht unterstützter Audiotyp %1.</translation>
    </message>
    <message>
        <source>The answer could not be played: the MP3 decoder did not start.</source>
        <translation>Die Antwort konnte nicht abgespielt werden: Der MP3-Decoder ist nicht gestartet.</translation>
    </message>
    <message>
        <source>The answer could not be played: no audio arrived.</source>
        <translation>Die Antwort konnte nicht abgespielt werden: Es kamen keine Audiodaten an.</translation>
    </message>
    <message>
        <source>The answer could not be played: the audio output failed.</source>
        <translation>Die Antwort konnte nicht abgespielt werden: Die Audioausgabe ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The answer could not be played: no audio output is available.</source>
        <translation>Die Antwort konnte nicht abgespielt werden: Keine Audioausgabe verfügbar.</translation>
    </message>
</context>
<context>
    <name>ttc::TrayController</name>
    <message>
        <source>ToolTip Companion menu</source>
        <translation>ToolTip-Companion-Menü</translation>
    </message>
    <message>
        <source>Start at &amp;Login</source>
        <translation>Bei &amp;Anmeldung starten</translation>
    </message>
    <message>
        <source>&amp;About ToolTip Companion</source>
        <translation>&amp;Über ToolTip Companion</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>ttc::VoiceController</name>
    <message>
        <source>Voice shortcut</source>
        <translation>Sprachkürzel</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Spracheingabe</translation>
    </message>
    <message>
        <source>The speech recognizer &quot;%1&quot; is not available; choose another one in the voice settings.</source>
        <translation>Die Spracherkennung „%1“ ist nicht verfügbar; wählen Sie in den Spracheinstellungen eine andere.</translation>
    </message>
    <message>
        <source>Transcribing…</source>
        <translation>Wird transkribiert …</translation>
    </message>
    <message>
        <source>Nothing was heard. Check the microphone and its level.</source>
        <translation>Es war nichts zu hören. Prüfen Sie das Mikrofon und seinen Pegel.</translation>
    </message>
    <message>
        <source>There is no answer to read yet.</source>
        <translation>Es gibt noch keine Antwort zum Vorlesen.</translation>
    </message>
    <message>
        <source>The voice &quot;%1&quot; is not available; choose another one in the voice settings.</source>
        <translation>Die Stimme „%1“ ist nicht verfügbar; wählen Sie in den Spracheinstellungen eine andere.</translation>
    </message>
</context>
<context>
    <name>ttc::VoiceOverlay</name>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>ToolTip Companion voice</source>
        <translation>ToolTip Companion – Spracheingabe</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Mikrofonpegel</translation>
    </message>
    <message>
        <source>Listening on %1…</source>
        <translation>Zuhören über %1 …</translation>
    </message>
    <message>
        <source>Listening on %1… (%2 to stop)</source>
        <translation>Zuhören über %1 … (%2 zum Beenden)</translation>
    </message>
</context>
<context>
    <name>ttc::VoiceRecorder</name>
    <message>
        <source>The microphone &quot;%1&quot; was disconnected. What was recorded until then is kept.</source>
        <translation>Das Mikrofon „%1“ wurde getrennt. Das bis dahin Aufgenommene bleibt erhalten.</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or check that the sound system is running.</source>
        <translation>Es wurde kein Mikrofon gefunden. Schließen Sie eines an oder prüfen Sie, ob das Soundsystem läuft.</translation>
    </message>
    <message>
        <source>The chosen microphone is not connected. Pick another one in the voice settings.</source>
        <translation>Das gewählte Mikrofon ist nicht angeschlossen. Wählen Sie in den Spracheinstellungen ein anderes.</translation>
    </message>
    <message>
        <source>The microphone &quot;%1&quot; could not be opened. Another program may be using it, or access to it is not allowed.</source>
        <translation>Das Mikrofon „%1“ konnte nicht geöffnet werden. Möglicherweise verwendet es ein anderes Programm, oder der Zugriff ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>Recording stopped: the microphone reported an error. What was recorded until then is kept.</source>
        <translation>Aufnahme beendet: Das Mikrofon hat einen Fehler gemeldet. Das bis dahin Aufgenommene bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>ttc::VoiceShortcut</name>
    <message>
        <source>&amp;Voice</source>
        <translation>Sprach&amp;eingabe</translation>
    </message>
    <message>
        <source>Ask by voice</source>
        <translation>Per Sprache fragen</translation>
    </message>
    <message>
        <source>Change voice shortcut…</source>
        <translation>Sprachkürzel ändern …</translation>
    </message>
    <message>
        <source>Voice shortcut</source>
        <translation>Sprachkürzel</translation>
    </message>
    <message>
        <source>Press this anywhere to ask by voice (for example Ctrl+Alt+Space, Ctrl+Shift+V, Meta+F9):</source>
        <translation>Drücken Sie dies überall, um per Sprache zu fragen (zum Beispiel Ctrl+Alt+Space, Ctrl+Shift+V, Meta+F9):</translation>
    </message>
    <message>
        <source>Ask by voice (%1)</source>
        <translation>Per Sprache fragen (%1)</translation>
    </message>
</context>
<context>
    <name>ttc::X11GlobalHotkey</name>
    <message>
        <source>This session has no X11 connection.</source>
        <translation>Diese Sitzung hat keine X11-Verbindung.</translation>
    </message>
    <message>
        <source>The shortcut is not complete.</source>
        <translation>Das Tastenkürzel ist unvollständig.</translation>
    </message>
    <message>
        <source>The keyboard layout has no key for %1.</source>
        <translation>Die Tastaturbelegung hat keine Taste für %1.</translation>
    </message>
    <message>
        <source>%1 is already used by another program. Choose another voice shortcut in the tray menu under Voice.</source>
        <translation>%1 wird bereits von einem anderen Programm verwendet. Wählen Sie im Kontrollleistenmenü unter Spracheingabe ein anderes Sprachkürzel.</translation>
    </message>
</context>
<context>
    <name>ttc::account::AuthSession</name>
    <message>
        <source>The email or password is wrong.</source>
        <translation>E-Mail-Adresse oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>An account with this email already exists. Sign in instead.</source>
        <translation>Ein Konto mit dieser E-Mail-Adresse existiert bereits. Melden Sie sich stattdessen an.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele Versuche. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele Versuche. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts. Try again later.</source>
        <translation>Zu viele Versuche. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server did not accept this: %1</source>
        <translation>Der Server hat dies nicht angenommen: %1</translation>
    </message>
    <message>
        <source>The session has ended. Sign in again.</source>
        <translation>Die Sitzung ist beendet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The account server has a problem (HTTP %1). Try again later.</source>
        <translation>Der Kontoserver hat ein Problem (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The account server refused the request (HTTP %1).</source>
        <translation>Der Kontoserver hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The account server refused the request: %1</source>
        <translation>Der Kontoserver hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>The account server sent no session tokens.</source>
        <translation>Der Kontoserver hat keine Sitzungstoken gesendet.</translation>
    </message>
    <message>
        <source>Not signed in to an account.</source>
        <translation>Nicht bei einem Konto angemeldet.</translation>
    </message>
    <message>
        <source>The saved sign-in is gone from the keychain. Sign in again.</source>
        <translation>Die gespeicherte Anmeldung fehlt im Schlüsselbund. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The session has ended (signed out elsewhere or expired). Sign in again.</source>
        <translation>Die Sitzung ist beendet (anderswo abgemeldet oder abgelaufen). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server no longer accepts this sign-in. Sign in again.</source>
        <translation>Der Server akzeptiert diese Anmeldung nicht mehr. Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>ttc::account::SyncClient</name>
    <message>
        <source>Not signed in to an account.</source>
        <translation>Nicht bei einem Konto angemeldet.</translation>
    </message>
    <message>
        <source>The server lost this device&apos;s earlier changes. Sign out and in again to send the whole history.</source>
        <translation>Der Server hat frühere Änderungen dieses Geräts verloren. Melden Sie sich ab und wieder an, um den gesamten Verlauf zu senden.</translation>
    </message>
</context>
<context>
    <name>ttc::browser::BrowserModule</name>
    <message>
        <source>Questions are off in private windows: they would be kept in the chat history.</source>
        <translation>In privaten Fenstern sind Fragen ausgeschaltet: Sie würden im Chatverlauf gespeichert.</translation>
    </message>
</context>
<context>
    <name>ttc::browser::BrowserWindow</name>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Tabs</translation>
    </message>
    <message>
        <source>Page load progress</source>
        <translation>Ladefortschritt der Seite</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Address and search bar</source>
        <translation>Adress- und Suchleiste</translation>
    </message>
    <message>
        <source>Search or enter address</source>
        <translation>Suchen oder Adresse eingeben</translation>
    </message>
    <message>
        <source>New Tab</source>
        <translation>Neuer Tab</translation>
    </message>
    <message>
        <source>Close Tab</source>
        <translation>Tab schließen</translation>
    </message>
    <message>
        <source>Open Location</source>
        <translation>Adresse öffnen</translation>
    </message>
    <message>
        <source>Find in Page…</source>
        <translation>Auf der Seite suchen …</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Weitersuchen</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>Rückwärts suchen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Close &amp;Window</source>
        <translation>&amp;Fenster schließen</translation>
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
        <source>Link &amp;Previews</source>
        <translation>&amp;Linkvorschauen</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Auf der Seite suchen</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Zu suchender Text</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>The page could not be loaded</source>
        <translation>Die Seite konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Verlauf löschen</translation>
    </message>
    <message>
        <source>New &amp;Private Window</source>
        <translation>Neues &amp;privates Fenster</translation>
    </message>
    <message>
        <source>%1 (Private)</source>
        <translation>%1 (privat)</translation>
    </message>
    <message>
        <source>Resource Bot</source>
        <translation>Ressourcen-Bot</translation>
    </message>
    <message>
        <source>Close or Stop</source>
        <translation>Schließen oder anhalten</translation>
    </message>
    <message>
        <source>Don&apos;t Preview Links on This Site</source>
        <translation>Links auf dieser Website nicht in der Vorschau zeigen</translation>
    </message>
    <message>
        <source>Sites Without Link Previews…</source>
        <translation>Websites ohne Linkvorschau …</translation>
    </message>
    <message>
        <source>Preview Links on This Site Again</source>
        <translation>Links auf dieser Website wieder in der Vorschau zeigen</translation>
    </message>
    <message>
        <source>Show link previews on %1 again</source>
        <translation>Linkvorschauen auf %1 wieder anzeigen</translation>
    </message>
    <message>
        <source>Stop showing link previews on %1</source>
        <translation>Keine Linkvorschauen mehr auf %1 anzeigen</translation>
    </message>
    <message>
        <source>Links on %1 are previewed again.</source>
        <translation>Links auf %1 werden wieder in der Vorschau gezeigt.</translation>
    </message>
    <message>
        <source>Links on %1 are no longer previewed.</source>
        <translation>Links auf %1 werden nicht mehr in der Vorschau gezeigt.</translation>
    </message>
</context>
<context>
    <name>ttc::browser::LinkPreviewController</name>
    <message>
        <source>Summarize this page.</source>
        <translation>Fassen Sie diese Seite zusammen.</translation>
    </message>
</context>
<context>
    <name>ttc::browser::OptOutSitesDialog</name>
    <message>
        <source>Sites Without Link Previews</source>
        <translation>Websites ohne Linkvorschau</translation>
    </message>
    <message>
        <source>Links on these sites, and links that lead to them, are not previewed.</source>
        <translation>Links auf diesen Websites und Links, die zu ihnen führen, werden nicht in der Vorschau gezeigt.</translation>
    </message>
    <message>
        <source>Sites without link previews</source>
        <translation>Websites ohne Linkvorschau</translation>
    </message>
    <message>
        <source>No sites yet. Use “Don&apos;t Preview Links on This Site” in the browser&apos;s View menu or in a page&apos;s context menu to add one.</source>
        <translation>Noch keine Websites. Fügen Sie eine mit „Links auf dieser Website nicht in der Vorschau zeigen“ im Menü „Ansicht“ des Browsers oder im Kontextmenü einer Seite hinzu.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected sites</source>
        <translation>Ausgewählte Websites entfernen</translation>
    </message>
</context>
<context>
    <name>ttc::browser::PageRenderer</name>
    <message>
        <source>The page did not finish loading in time</source>
        <translation>Die Seite wurde nicht rechtzeitig fertig geladen</translation>
    </message>
    <message>
        <source>The page could not be loaded</source>
        <translation>Die Seite konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Nothing was rendered</source>
        <translation>Es wurde nichts dargestellt</translation>
    </message>
</context>
<context>
    <name>ttc::browser::PreviewOverlay</name>
    <message>
        <source>Link preview</source>
        <translation>Linkvorschau</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Vorschau wird geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n Min. Lesezeit</numerusform>
            <numerusform>%n Min. Lesezeit</numerusform>
        </translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>AI summary</source>
        <translation>KI-Zusammenfassung</translation>
    </message>
    <message>
        <source>Summarizing…</source>
        <translation>Wird zusammengefasst …</translation>
    </message>
</context>
<context>
    <name>ttc::browser::ResourcePanel</name>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Verweise</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Resource Bot</source>
        <translation>Ressourcen-Bot</translation>
    </message>
    <message>
        <source>Resource bot</source>
        <translation>Ressourcen-Bot</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Page summary</source>
        <translation>Zusammenfassung der Seite</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Page resources</source>
        <translation>Ressourcen der Seite</translation>
    </message>
    <message>
        <source>Reading the page…</source>
        <translation>Die Seite wird gelesen …</translation>
    </message>
    <message>
        <source>This page has no text to summarize.</source>
        <translation>Diese Seite hat keinen Text, der sich zusammenfassen lässt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No links on this page.</source>
        <translation>Keine Links auf dieser Seite.</translation>
    </message>
    <message>
        <source>Ask about this page</source>
        <translation>Fragen zu dieser Seite</translation>
    </message>
    <message>
        <source>Question about the page</source>
        <translation>Frage zur Seite</translation>
    </message>
    <message>
        <source>Ask a question about this page</source>
        <translation>Eine Frage zu dieser Seite stellen</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Continue in Chat</source>
        <translation>Im Chat fortsetzen</translation>
    </message>
    <message>
        <source>The question could not be answered.</source>
        <translation>Die Frage konnte nicht beantwortet werden.</translation>
    </message>
    <message>
        <source>The page is still being read; ask again in a moment.</source>
        <translation>Die Seite wird noch gelesen; fragen Sie gleich noch einmal.</translation>
    </message>
    <message>
        <source>Questions need an AI provider; the summary and resources work without one.</source>
        <translation>Für Fragen wird ein KI-Anbieter benötigt; Zusammenfassung und Ressourcen funktionieren auch ohne.</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Frage wird gestellt …</translation>
    </message>
    <message>
        <source>AI summary</source>
        <translation>KI-Zusammenfassung</translation>
    </message>
    <message>
        <source>AI summary of the page</source>
        <translation>KI-Zusammenfassung der Seite</translation>
    </message>
    <message>
        <source>Summarize this page.</source>
        <translation>Fassen Sie diese Seite zusammen.</translation>
    </message>
    <message>
        <source>Continue Summary in Chat</source>
        <translation>Zusammenfassung im Chat fortsetzen</translation>
    </message>
    <message>
        <source>Continue the AI summary in the chat</source>
        <translation>Die KI-Zusammenfassung im Chat fortsetzen</translation>
    </message>
</context>
<context>
    <name>ttc::chat::ChatController</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>That chat was deleted.</source>
        <translation>Dieser Chat wurde gelöscht.</translation>
    </message>
    <message>
        <source>Chat replies are not available in this build: the AI access layer is missing.</source>
        <translation>Chat-Antworten sind in diesem Build nicht verfügbar: Die KI-Zugriffsschicht fehlt.</translation>
    </message>
    <message>
        <source>Wait for the reply to finish, or stop it with Esc.</source>
        <translation>Warten Sie, bis die Antwort fertig ist, oder stoppen Sie sie mit Esc.</translation>
    </message>
    <message>
        <source>%1 is part of the %2 plan. Upgrade in Account, or pick another provider.</source>
        <translation>%1 ist Teil des Tarifs %2. Führen Sie unter Konto ein Upgrade durch oder wählen Sie einen anderen Anbieter.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>That chat no longer exists.</source>
        <translation>Dieser Chat existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Needs %1</source>
        <translation>Benötigt %1</translation>
    </message>
    <message>
        <source>Local, no key needed</source>
        <translation>Lokal, kein Schlüssel nötig</translation>
    </message>
    <message>
        <source>No key needed</source>
        <translation>Kein Schlüssel nötig</translation>
    </message>
    <message>
        <source>Key set</source>
        <translation>Schlüssel gesetzt</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Kein Schlüssel</translation>
    </message>
</context>
<context>
    <name>ttc::chat::MessageListModel</name>
    <message>
        <source>That message is no longer in this chat.</source>
        <translation>Diese Nachricht ist nicht mehr in diesem Chat.</translation>
    </message>
</context>
<context>
    <name>ttc::chat::SearchModel</name>
    <message>
        <source>Untitled chat</source>
        <translation>Unbenannter Chat</translation>
    </message>
</context>
<context>
    <name>ttc::chat::quota</name>
    <message>
        <source>%1 is not included in the %2 plan. Upgrade to Pro to use it, or use OpenAI or a local model server.</source>
        <translation>%1 ist im Tarif %2 nicht enthalten. Wechseln Sie zu Pro, um es zu nutzen, oder verwenden Sie OpenAI oder einen lokalen Modellserver.</translation>
    </message>
    <message>
        <source>Today&apos;s %1 cloud AI requests of the %2 plan are used up. They renew at %3; a local model server stays available, and Pro raises the limit.</source>
        <translation>Die heutigen %1 Cloud-KI-Anfragen des Tarifs %2 sind verbraucht. Sie werden um %3 erneuert; ein lokaler Modellserver bleibt verfügbar, und Pro hebt das Limit an.</translation>
    </message>
</context>
<context>
    <name>ttc::cli</name>
    <message>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <source>Usage: ttc account signup --server URL --email EMAIL   (password on stdin)
       ttc account login --server URL --email EMAIL [--device NAME]   (password on stdin)
       ttc account logout
       ttc account status [--json]
</source>
        <translation>Aufruf: ttc account signup --server URL --email EMAIL   (Passwort über stdin)
        ttc account login --server URL --email EMAIL [--device NAME]   (Passwort über stdin)
        ttc account logout
        ttc account status [--json]
</translation>
    </message>
    <message>
        <source>The account server.</source>
        <translation>Der Kontoserver.</translation>
    </message>
    <message>
        <source>The account&apos;s email.</source>
        <translation>Die E-Mail-Adresse des Kontos.</translation>
    </message>
    <message>
        <source>A name for this device.</source>
        <translation>Ein Name für dieses Gerät.</translation>
    </message>
    <message>
        <source>the password is read from stdin, never from the command line</source>
        <translation>das Passwort wird über stdin gelesen, niemals von der Befehlszeile</translation>
    </message>
    <message>
        <source>no password on stdin</source>
        <translation>kein Passwort über stdin</translation>
    </message>
    <message>
        <source>Account created; signed in as %1 at %2
</source>
        <translation>Konto erstellt; angemeldet als %1 bei %2
</translation>
    </message>
    <message>
        <source>Signed in as %1 at %2
</source>
        <translation>Angemeldet als %1 bei %2
</translation>
    </message>
    <message>
        <source>Not signed in (local-only mode).
</source>
        <translation>Nicht angemeldet (nur lokal).
</translation>
    </message>
    <message>
        <source>Tier: %1
</source>
        <translation>Tarif: %1
</translation>
    </message>
    <message>
        <source>Cloud requests today: %1 (unlimited)
</source>
        <translation>Cloud-Anfragen heute: %1 (unbegrenzt)
</translation>
    </message>
    <message>
        <source>Cloud requests today: %1 of %2, resets %3
</source>
        <translation>Cloud-Anfragen heute: %1 von %2, Zurücksetzung %3
</translation>
    </message>
    <message>
        <source>Offline: %1 (showing what was known at %2)
</source>
        <translation>Offline: %1 (Stand von %2)
</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Sync: %1 change(s) waiting; last sync %2
</source>
        <translation>Synchronisierung: wartende Änderungen: %1; letzte Synchronisierung %2
</translation>
    </message>
    <message>
        <source>Last sync error: %1
</source>
        <translation>Letzter Synchronisierungsfehler: %1
</translation>
    </message>
    <message>
        <source>Signed out. Local history stays on this device.
</source>
        <translation>Abgemeldet. Der lokale Verlauf bleibt auf diesem Gerät.
</translation>
    </message>
    <message>
        <source>Not signed in.
</source>
        <translation>Nicht angemeldet.
</translation>
    </message>
    <message>
        <source>Usage: ttc sync [--once]
Sends this device&apos;s changes to the account server and fetches the others&apos;. Without --once it keeps running and syncs whenever something changes (Ctrl+C stops).
</source>
        <translation>Aufruf: ttc sync [--once]
Sendet die Änderungen dieses Geräts an den Kontoserver und holt die der anderen. Ohne --once läuft der Befehl weiter und synchronisiert bei jeder Änderung (Strg+C beendet).
</translation>
    </message>
    <message>
        <source>Usage: ttc sync [--once]</source>
        <translation>Aufruf: ttc sync [--once]</translation>
    </message>
    <message>
        <source>not signed in; use `ttc account login --server URL --email EMAIL`</source>
        <translation>nicht angemeldet; verwenden Sie `ttc account login --server URL --email EMAIL`</translation>
    </message>
    <message>
        <source>Synced: sent %1 change(s) (%2 refused by the server), received %3.
</source>
        <translation>Synchronisiert: Änderungen gesendet: %1 (vom Server abgelehnt: %2), empfangen: %3.
</translation>
    </message>
    <message>
        <source>%1 synced: sent %2, received %3
</source>
        <translation>%1 synchronisiert: gesendet %2, empfangen %3
</translation>
    </message>
    <message>
        <source>sign up, sign in or out of the sync server; show the account</source>
        <translation>beim Synchronisationsserver registrieren, an- oder abmelden; das Konto anzeigen</translation>
    </message>
    <message>
        <source>sync chat history and usage with the account server</source>
        <translation>Chatverlauf und Nutzung mit dem Kontoserver synchronisieren</translation>
    </message>
    <message>
        <source>openai, anthropic, gemini or local.</source>
        <translation>openai, anthropic, gemini oder local.</translation>
    </message>
    <message>
        <source>Model name.</source>
        <translation>Modellname.</translation>
    </message>
    <message>
        <source>API root, e.g. http://localhost:11434/v1.</source>
        <translation>API-Basis, z. B. http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>System prompt.</source>
        <translation>Systemprompt.</translation>
    </message>
    <message>
        <source>Continue this session (id or unique prefix).</source>
        <translation>Diese Sitzung fortsetzen (ID oder eindeutiger Anfang).</translation>
    </message>
    <message>
        <source>Start a new session (the default).</source>
        <translation>Eine neue Sitzung beginnen (Standard).</translation>
    </message>
    <message>
        <source>Print one JSON object when done instead of streaming text.</source>
        <translation>Am Ende ein JSON-Objekt ausgeben, statt Text zu streamen.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The message; &quot;-&quot; or none reads it from stdin.</source>
        <translation>Die Nachricht; „-“ oder keine liest sie über stdin.</translation>
    </message>
    <message>
        <source>Usage: ttc chat [--provider openai|anthropic|gemini|local] [--model M] [--base-url URL] [--system TEXT] [--session ID | --new] [--json] [MESSAGE | -]

Streams the answer to stdout as it arrives (without the model&apos;s reasoning).
</source>
        <translation>Aufruf: ttc chat [--provider openai|anthropic|gemini|local] [--model M] [--base-url URL] [--system TEXT] [--session ID | --new] [--json] [MESSAGE | -]

Gibt die Antwort nach stdout aus, während sie eintrifft (ohne den Denkprozess des Modells).
</translation>
    </message>
    <message>
        <source>--session and --new exclude each other.</source>
        <translation>--session und --new schließen einander aus.</translation>
    </message>
    <message>
        <source>Nothing to send: give a message or pipe one on stdin.</source>
        <translation>Nichts zu senden: Geben Sie eine Nachricht an oder leiten Sie eine über stdin weiter.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot; (openai, anthropic, gemini, local).</source>
        <translation>Unbekannter Anbieter „%1“ (openai, anthropic, gemini, local).</translation>
    </message>
    <message>
        <source>(%1: %2)</source>
        <translation>(%1: %2)</translation>
    </message>
    <message>
        <source>Usage: ttc keys list [--json] | set PROVIDER (key read from stdin) | validate PROVIDER | remove PROVIDER
Providers: %1</source>
        <translation>Aufruf: ttc keys list [--json] | set PROVIDER (Schlüssel über stdin) | validate PROVIDER | remove PROVIDER
Anbieter: %1</translation>
    </message>
    <message>
        <source>Keys are read from stdin, never from the command line: printf %s &quot;$KEY&quot; | ttc keys set PROVIDER</source>
        <translation>Schlüssel werden über stdin gelesen, niemals von der Befehlszeile: printf %s &quot;$KEY&quot; | ttc keys set PROVIDER</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;. Providers: %2</source>
        <translation>Unbekannter Anbieter „%1“. Anbieter: %2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Paste the %1 API key: </source>
        <translation>Fügen Sie den API-Schlüssel für %1 ein: </translation>
    </message>
    <message>
        <source>No key on stdin.</source>
        <translation>Kein Schlüssel über stdin.</translation>
    </message>
    <message>
        <source>That does not look like an API key (spaces or too long).</source>
        <translation>Das sieht nicht nach einem API-Schlüssel aus (Leerzeichen oder zu lang).</translation>
    </message>
    <message>
        <source>Stored the %1 key (%2) in the keychain.</source>
        <translation>Der Schlüssel für %1 (%2) wurde im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Removed the %1 key from the keychain.</source>
        <translation>Der Schlüssel für %1 wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>ttc: a key for %1 is still set in the environment (%2).</source>
        <translation>ttc: In der Umgebung ist noch ein Schlüssel für %1 gesetzt (%2).</translation>
    </message>
    <message>
        <source>No API key for %1.</source>
        <translation>Kein API-Schlüssel für %1.</translation>
    </message>
    <message numerus="yes">
        <source>(%n models)</source>
        <translation>
            <numerusform>(%n Modell)</numerusform>
            <numerusform>(%n Modelle)</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: ttc usage [--json]
Today&apos;s cloud AI requests, the limit and when it resets, the tier, and requests, tokens and estimated cost per provider today and this month.
</source>
        <translation>Aufruf: ttc usage [--json]
Die heutigen Cloud-KI-Anfragen, das Limit und seine Zurücksetzung, der Tarif sowie Anfragen, Token und geschätzte Kosten pro Anbieter für heute und diesen Monat.
</translation>
    </message>
    <message>
        <source>Usage: ttc usage [--json]</source>
        <translation>Aufruf: ttc usage [--json]</translation>
    </message>
    <message>
        <source>Tier: %1 (cloud providers: %2; local servers are unlimited)
</source>
        <translation>Tarif: %1 (Cloud-Anbieter: %2; lokale Server sind unbegrenzt)
</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>no requests</source>
        <translation>keine Anfragen</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in / %2 out tokens</source>
        <translation>%1 Token ein / %2 Token aus</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>Kosten unbekannt</translation>
    </message>
    <message>
        <source>Today (UTC):</source>
        <translation>Heute (UTC):</translation>
    </message>
    <message>
        <source>This month (UTC):</source>
        <translation>Dieser Monat (UTC):</translation>
    </message>
    <message>
        <source>Usage: ttc history list [--json] [--limit N]
       ttc history show ID [--json]
       ttc history search QUERY [--json] [--limit N]
       ttc history export ID --format md|json [--output FILE]
ID is a session id from `ttc history list`, or its first characters when those are unique.
</source>
        <translation>Aufruf: ttc history list [--json] [--limit N]
        ttc history show ID [--json]
        ttc history search QUERY [--json] [--limit N]
        ttc history export ID --format md|json [--output FILE]
ID ist eine Sitzungs-ID aus `ttc history list` oder ihr Anfang, sofern er eindeutig ist.
</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>At most N results.</source>
        <translation>Höchstens N Ergebnisse.</translation>
    </message>
    <message>
        <source>md or json.</source>
        <translation>md oder json.</translation>
    </message>
    <message>
        <source>Write to FILE.</source>
        <translation>In FILE schreiben.</translation>
    </message>
    <message>
        <source>--limit expects a positive number</source>
        <translation>--limit erwartet eine positive Zahl</translation>
    </message>
    <message>
        <source>No chats yet.</source>
        <translation>Noch keine Chats.</translation>
    </message>
    <message>
        <source>%1 msgs</source>
        <translation>%1 Nachr.</translation>
    </message>
    <message>
        <source>No chats yet: there is no session %1.</source>
        <translation>Noch keine Chats: Es gibt keine Sitzung %1.</translation>
    </message>
    <message>
        <source>No session with id %1.</source>
        <translation>Keine Sitzung mit der ID %1.</translation>
    </message>
    <message>
        <source>No messages match &quot;%1&quot;.</source>
        <translation>Keine Nachrichten passen zu „%1“.</translation>
    </message>
    <message>
        <source>export needs --format md or --format json</source>
        <translation>export benötigt --format md oder --format json</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported %1 message(s) to %2</source>
        <translation>Nachrichten exportiert: %1, nach %2</translation>
    </message>
    <message>
        <source>history %1 needs %2</source>
        <translation>history %1 benötigt %2</translation>
    </message>
    <message>
        <source>one session ID</source>
        <translation>eine Sitzungs-ID</translation>
    </message>
    <message>
        <source>a QUERY</source>
        <translation>eine QUERY</translation>
    </message>
    <message>
        <source>unknown history command &quot;%1&quot;</source>
        <translation>unbekannter history-Befehl „%1“</translation>
    </message>
    <message>
        <source>list, show, search and export chat history</source>
        <translation>Chatverlauf auflisten, anzeigen, durchsuchen und exportieren</translation>
    </message>
    <message>
        <source>local or openai.</source>
        <translation>local oder openai.</translation>
    </message>
    <message>
        <source>auto, commands or dictation.</source>
        <translation>auto, commands oder dictation.</translation>
    </message>
    <message>
        <source>Cloud model.</source>
        <translation>Cloud-Modell.</translation>
    </message>
    <message>
        <source>A WAV file.</source>
        <translation>Eine WAV-Datei.</translation>
    </message>
    <message>
        <source>Usage: ttc transcribe FILE.wav [--engine local|openai] [--mode auto|commands|dictation] [--json]
</source>
        <translation>Aufruf: ttc transcribe FILE.wav [--engine local|openai] [--mode auto|commands|dictation] [--json]
</translation>
    </message>
    <message>
        <source>--mode expects auto, commands or dictation</source>
        <translation>--mode erwartet auto, commands oder dictation</translation>
    </message>
    <message>
        <source>Unknown speech-to-text engine &quot;%1&quot;.</source>
        <translation>Unbekannte Spracherkennung „%1“.</translation>
    </message>
    <message>
        <source>local, openai or elevenlabs.</source>
        <translation>local, openai oder elevenlabs.</translation>
    </message>
    <message>
        <source>Voice name or id.</source>
        <translation>Name oder ID der Stimme.</translation>
    </message>
    <message>
        <source>Speed, 1.0 is normal.</source>
        <translation>Geschwindigkeit, 1.0 ist normal.</translation>
    </message>
    <message>
        <source>Write the audio to FILE.</source>
        <translation>Audio in FILE schreiben.</translation>
    </message>
    <message>
        <source>Usage: ttc speak TEXT|- [--engine local|openai|elevenlabs] [--voice V] [--rate R] [--out FILE]
Without --out the audio goes to stdout.
</source>
        <translation>Aufruf: ttc speak TEXT|- [--engine local|openai|elevenlabs] [--voice V] [--rate R] [--out FILE]
Ohne --out geht das Audio nach stdout.
</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>--rate expects a positive number</source>
        <translation>--rate erwartet eine positive Zahl</translation>
    </message>
    <message>
        <source>Refusing to write audio to a terminal: use --out FILE or a pipe.</source>
        <translation>Audio wird nicht in ein Terminal geschrieben: Verwenden Sie --out FILE oder eine Pipe.</translation>
    </message>
    <message>
        <source>Unknown text-to-speech engine &quot;%1&quot;.</source>
        <translation>Unbekannte Sprachausgabe „%1“.</translation>
    </message>
    <message>
        <source>speech to text from a WAV file (offline or OpenAI)</source>
        <translation>Sprache aus einer WAV-Datei in Text umwandeln (offline oder OpenAI)</translation>
    </message>
    <message>
        <source>text to speech into a file (offline, OpenAI or ElevenLabs)</source>
        <translation>Text als Sprache in eine Datei ausgeben (offline, OpenAI oder ElevenLabs)</translation>
    </message>
    <message>
        <source>ttc: the usage of this request could not be recorded
</source>
        <translation>ttc: Die Nutzung dieser Anfrage konnte nicht erfasst werden
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
        <translation>Aufruf: ttc preview URL [--json] [--screenshot FILE.png] [--no-cache]
Ruft eine http(s)-Seite ab und gibt Titel, Website, Beschreibung, Lesezeit und eine extraktive
Zusammenfassung aus (--json: url, final_url, status, title, site_name, description, byline, published,
lang, favicon, image, reading_minutes, summary, main_text). Vorschauen werden 24 Stunden im Profil
zwischengespeichert; --no-cache liest und schreibt den Zwischenspeicher nicht. --screenshot stellt die
Seite mit ttc-render dar (Teil des GUI-Builds), das neben ttc installiert ist.
Rückgabewerte: 0 OK, 1 lokaler Fehler (kein ttc-render, Darstellung fehlgeschlagen), 2 Aufruf oder ein
Link, der nicht http(s) ist, 6 Netzwerk (nicht erreichbar, Zeitüberschreitung, Weiterleitungsschleife
oder zu viele Weiterleitungen), 7 die Website antwortete mit einem HTTP-Fehler oder mit etwas, das keine
Webseite, kein Bild und kein PDF ist.
</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>weniger als eine Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n Min. Lesezeit</numerusform>
            <numerusform>%n Min. Lesezeit</numerusform>
        </translation>
    </message>
    <message>
        <source>Also save a rendering of the page.</source>
        <translation>Zusätzlich eine Darstellung der Seite speichern.</translation>
    </message>
    <message>
        <source>Neither read nor write the preview cache.</source>
        <translation>Den Vorschau-Zwischenspeicher weder lesen noch schreiben.</translation>
    </message>
    <message>
        <source>cannot preview &quot;%1&quot;: %2</source>
        <translation>keine Vorschau für „%1“ möglich: %2</translation>
    </message>
    <message>
        <source>--screenshot needs a file name</source>
        <translation>--screenshot benötigt einen Dateinamen</translation>
    </message>
    <message>
        <source>--screenshot needs ttc-render (built with the GUI)</source>
        <translation>--screenshot benötigt ttc-render (wird mit der GUI gebaut)</translation>
    </message>
    <message>
        <source>the database could not be opened</source>
        <translation>die Datenbank konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>ttc-render could not render the page%1</source>
        <translation>ttc-render konnte die Seite nicht darstellen%1</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Zusammenfassung: %1</translation>
    </message>
    <message>
        <source>Screenshot: %1</source>
        <translation>Bildschirmfoto: %1</translation>
    </message>
    <message>
        <source>ttc: the history database was damaged; it was kept as %1 and a new one was created
</source>
        <translation>ttc: die Verlaufsdatenbank war beschädigt; sie wurde als %1 aufbewahrt und eine neue angelegt
</translation>
    </message>
</context>
<context>
    <name>ttc::keys</name>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht überprüft</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>No keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet). The key can be kept for this session only.</source>
        <translation>Es ist kein Schlüsselbund verfügbar (unter Linux: ein Secret Service wie GNOME Keyring oder KWallet). Der Schlüssel kann nur für diese Sitzung behalten werden.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>ttc::keys::KeyValidator</name>
    <message>
        <source>Unknown provider.</source>
        <translation>Unbekannter Anbieter.</translation>
    </message>
    <message>
        <source>Could not reach the provider to check the key.</source>
        <translation>Der Anbieter war zur Prüfung des Schlüssels nicht erreichbar.</translation>
    </message>
    <message>
        <source>ElevenLabs rejected the API key.</source>
        <translation>ElevenLabs hat den API-Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <source>ElevenLabs answered HTTP %1.</source>
        <translation>ElevenLabs antwortete mit HTTP %1.</translation>
    </message>
</context>
<context>
    <name>ttc::preview::FetchJob</name>
    <message>
        <source>The page did not answer within %1 s.</source>
        <translation>Die Seite hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>The page redirected without saying where to.</source>
        <translation>Die Seite hat ohne Ziel weitergeleitet.</translation>
    </message>
    <message>
        <source>The page redirected to something that is not a web page.</source>
        <translation>Die Seite hat auf etwas weitergeleitet, das keine Webseite ist.</translation>
    </message>
    <message>
        <source>The page redirects in a loop.</source>
        <translation>Die Seite leitet in einer Schleife weiter.</translation>
    </message>
    <message>
        <source>The page redirected more than %1 times.</source>
        <translation>Die Seite hat mehr als %1-mal weitergeleitet.</translation>
    </message>
    <message>
        <source>The server answered %1 %2.</source>
        <translation>Der Server antwortete %1 %2.</translation>
    </message>
    <message>
        <source>This link leads to a file of type %1, not a web page.</source>
        <translation>Dieser Link führt zu einer Datei vom Typ %1, nicht zu einer Webseite.</translation>
    </message>
    <message>
        <source>The image is larger than %1 KiB.</source>
        <translation>Das Bild ist größer als %1 KiB.</translation>
    </message>
    <message>
        <source>This link leads to a file of type %1, not an image.</source>
        <translation>Dieser Link führt zu einer Datei vom Typ %1, nicht zu einem Bild.</translation>
    </message>
    <message>
        <source>The page redirected to %1, which is not fetched.</source>
        <translation>Die Seite leitet weiter zu %1; dorthin wird nichts geladen.</translation>
    </message>
</context>
<context>
    <name>ttc::preview::PageFetcher</name>
    <message>
        <source>Only http and https pages can be fetched.</source>
        <translation>Nur http- und https-Seiten können abgerufen werden.</translation>
    </message>
</context>
<context>
    <name>ttc::preview::PreviewService</name>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>%1 image</source>
        <translation>%1-Bild</translation>
    </message>
    <message>
        <source>This site icon could not be loaded before.</source>
        <translation>Dieses Website-Symbol ließ sich schon zuvor nicht laden.</translation>
    </message>
    <message>
        <source>The site icon is empty.</source>
        <translation>Das Website-Symbol ist leer.</translation>
    </message>
    <message>
        <source>This link leads to a site previews are turned off for.</source>
        <translation>Dieser Link führt zu einer Website, für die Vorschauen ausgeschaltet sind.</translation>
    </message>
</context>
<context>
    <name>ttc::providers</name>
    <message>
        <source>No API key for %1. Add one with `ttc keys set %2` or in API Keys… in the tray menu.</source>
        <translation>Kein API-Schlüssel für %1. Fügen Sie einen mit `ttc keys set %2` oder unter API-Schlüssel … im Kontrollleistenmenü hinzu.</translation>
    </message>
    <message>
        <source>%1 rejected the API key. Check or replace it (API Keys… in the tray menu, or `ttc keys set`).</source>
        <translation>%1 hat den API-Schlüssel abgelehnt. Prüfen oder ersetzen Sie ihn (API-Schlüssel … im Kontrollleistenmenü oder `ttc keys set`).</translation>
    </message>
    <message>
        <source>%1 refused access: the key has no permission for this model or region.</source>
        <translation>%1 hat den Zugriff verweigert: Der Schlüssel hat keine Berechtigung für dieses Modell oder diese Region.</translation>
    </message>
    <message>
        <source>Your %1 account has no credit or quota left. Check its plan and billing.</source>
        <translation>Ihr %1-Konto hat kein Guthaben oder Kontingent mehr. Prüfen Sie Tarif und Abrechnung.</translation>
    </message>
    <message>
        <source>%1 is rate limiting requests. Try again in a moment.</source>
        <translation>%1 begrenzt die Anfragerate. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1 is overloaded right now. Try again in a moment.</source>
        <translation>%1 ist gerade überlastet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The conversation is too long for this model. Start a new chat or pick a model with a larger context.</source>
        <translation>Die Unterhaltung ist für dieses Modell zu lang. Beginnen Sie einen neuen Chat oder wählen Sie ein Modell mit größerem Kontext.</translation>
    </message>
    <message>
        <source>%1 does not know this model. Pick another one.</source>
        <translation>%1 kennt dieses Modell nicht. Wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>%1 did not accept the request.</source>
        <translation>%1 hat die Anfrage nicht angenommen.</translation>
    </message>
    <message>
        <source>Cannot reach %1. Check the network connection or the base URL.</source>
        <translation>%1 ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung oder die Basis-URL.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>%1 sent an answer that could not be read; the part received so far is kept.</source>
        <translation>%1 hat eine unlesbare Antwort gesendet; der bisher empfangene Teil bleibt erhalten.</translation>
    </message>
    <message>
        <source>The answer from %1 was too large; the part received so far is kept.</source>
        <translation>Die Antwort von %1 war zu groß; der bisher empfangene Teil bleibt erhalten.</translation>
    </message>
    <message>
        <source>%1 is not included in your plan.</source>
        <translation>%1 ist in Ihrem Tarif nicht enthalten.</translation>
    </message>
    <message>
        <source>Today&apos;s cloud AI requests are used up.</source>
        <translation>Die heutigen Cloud-KI-Anfragen sind verbraucht.</translation>
    </message>
    <message>
        <source>No local model server found on localhost:11434 (Ollama) or localhost:8080 (llama.cpp). Start one or give its address with --base-url.</source>
        <translation>Kein lokaler Modellserver auf localhost:11434 (Ollama) oder localhost:8080 (llama.cpp) gefunden. Starten Sie einen oder geben Sie seine Adresse mit --base-url an.</translation>
    </message>
    <message>
        <source>%1 reported an error.</source>
        <translation>%1 hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Meldung: %1</translation>
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
        <translation>Cloud-Sprachfunktionen sind in diesem Programm nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Cloud voice (OpenAI transcription and speech, ElevenLabs) is part of the Pro plan, and this profile is on the %1 plan. Offline voice works on every plan: choose the offline engine (--engine local).</source>
        <translation>Cloud-Sprachfunktionen (OpenAI-Transkription und -Sprachausgabe, ElevenLabs) gehören zum Tarif Pro, und dieses Profil nutzt den Tarif %1. Offline-Sprachfunktionen gibt es in jedem Tarif: Wählen Sie die Offline-Engine (--engine local).</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>OpenAI transcription</source>
        <translation>OpenAI-Transkription</translation>
    </message>
    <message>
        <source>OpenAI speech</source>
        <translation>OpenAI-Sprachausgabe</translation>
    </message>
    <message>
        <source>ElevenLabs</source>
        <translation>ElevenLabs</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Offline (pocketsphinx)</source>
        <translation>Offline (pocketsphinx)</translation>
    </message>
    <message>
        <source>Offline (flite)</source>
        <translation>Offline (flite)</translation>
    </message>
    <message>
        <source>Not a usable WAV file: %1</source>
        <translation>Keine verwendbare WAV-Datei: %1</translation>
    </message>
    <message>
        <source>no RIFF/WAVE header</source>
        <translation>kein RIFF/WAVE-Header</translation>
    </message>
    <message>
        <source>no fmt chunk</source>
        <translation>kein fmt-Chunk</translation>
    </message>
    <message>
        <source>no data chunk</source>
        <translation>kein data-Chunk</translation>
    </message>
    <message>
        <source>%1 channels at %2 Hz</source>
        <translation>%1 Kanäle bei %2 Hz</translation>
    </message>
    <message>
        <source>format %1 with %2 bits is not PCM</source>
        <translation>Format %1 mit %2 Bit ist kein PCM</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ttc::voice::Flite</name>
    <message>
        <source>Nothing to say.</source>
        <translation>Nichts zu sagen.</translation>
    </message>
    <message>
        <source>Unknown offline voice &quot;%1&quot;; voices: %2.</source>
        <translation>Unbekannte Offline-Stimme „%1“; Stimmen: %2.</translation>
    </message>
    <message>
        <source>The offline voice could not say that.</source>
        <translation>Die Offline-Stimme konnte das nicht aussprechen.</translation>
    </message>
</context>
<context>
    <name>ttc::voice::PocketSphinxDecoder</name>
    <message>
        <source>The offline speech model is missing (%1). Install the package pocketsphinx-en-us.</source>
        <translation>Das Offline-Sprachmodell fehlt (%1). Installieren Sie das Paket pocketsphinx-en-us.</translation>
    </message>
    <message>
        <source>The offline speech recognizer could not read its settings.</source>
        <translation>Die Offline-Spracherkennung konnte ihre Einstellungen nicht lesen.</translation>
    </message>
    <message>
        <source>The offline speech recognizer could not load its model.</source>
        <translation>Die Offline-Spracherkennung konnte ihr Modell nicht laden.</translation>
    </message>
    <message>
        <source>The offline speech recognizer rejected the command grammar.</source>
        <translation>Die Offline-Spracherkennung hat die Befehlsgrammatik abgelehnt.</translation>
    </message>
    <message>
        <source>The offline speech recognizer could not start.</source>
        <translation>Die Offline-Spracherkennung konnte nicht starten.</translation>
    </message>
</context>
</TS>
