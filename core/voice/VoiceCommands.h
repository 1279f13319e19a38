#pragma once

#include <QString>
#include <QStringList>

namespace ttc::voice {

// The app's spoken commands; they work offline on every tier.
enum class CommandKind { None, NewChat, OpenBrowser, ReadAgain, Stop, SearchHistory };

struct VoiceCommand
{
    CommandKind kind = CommandKind::None;
    QString argument;  // the query of "search history for …"

    bool isCommand() const { return kind != CommandKind::None; }
    bool operator==(const VoiceCommand &) const = default;
};

// Stable machine names ("new_chat", "open_browser", "read_again", "stop", "search_history"; "" for None).
QString commandId(CommandKind kind);
CommandKind commandFromId(const QString &id);
// The phrase that triggers the command, as the grammar spells it.
QString commandPhrase(CommandKind kind);

// Interprets a transcript (from any engine) as a command: exact phrase after normalizing case and punctuation,
// "search history for X" with X non-empty. Anything else is dictation.
VoiceCommand parseCommand(const QString &transcript);

// JSGF grammar for the offline recognizer: the commands, competing with a loop of common words that absorbs
// anything else so that dictation is not forced onto the nearest command.
QString commandGrammar();
// Rule words of the out-of-grammar loop (all in the CMU dictionary).
const QStringList &fillerWords();

} // namespace ttc::voice
