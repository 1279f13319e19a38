#include "voice/VoiceCommands.h"

#include <QRegularExpression>

namespace ttc::voice {

namespace {

struct Entry
{
    CommandKind kind;
    const char *id;
    const char *phrase;
};

constexpr Entry kCommands[] = {
    {CommandKind::NewChat, "new_chat", "new chat"},
    {CommandKind::OpenBrowser, "open_browser", "open browser"},
    {CommandKind::ReadAgain, "read_again", "read that again"},
    {CommandKind::Stop, "stop", "stop"},
    {CommandKind::SearchHistory, "search_history", "search history for"},
};

QString normalized(const QString &text)
{
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9' ]+"));
    return text.toLower().replace(nonWord, QStringLiteral(" ")).simplified();
}

} // namespace

QString commandId(CommandKind kind)
{
    for (const Entry &e : kCommands)
        if (e.kind == kind)
            return QString::fromLatin1(e.id);
    return {};
}

CommandKind commandFromId(const QString &id)
{
    for (const Entry &e : kCommands)
        if (id == QLatin1String(e.id))
            return e.kind;
    return CommandKind::None;
}

QString commandPhrase(CommandKind kind)
{
    for (const Entry &e : kCommands)
        if (e.kind == kind)
            return QString::fromLatin1(e.phrase);
    return {};
}

VoiceCommand parseCommand(const QString &transcript)
{
    const QString t = normalized(transcript);
    for (const Entry &e : kCommands) {
        const QString phrase = QString::fromLatin1(e.phrase);
        if (e.kind == CommandKind::SearchHistory) {
            if (t.startsWith(phrase + QLatin1Char(' ')))
                return {e.kind, t.mid(phrase.size() + 1)};
        } else if (t == phrase) {
            return {e.kind, {}};
        }
    }
    return {};
}

const QStringList &fillerWords()
{
    // Frequent English words of varied sounds; none is one of the command words.
    static const QStringList words = QString::fromLatin1(
        "the a an of to and in is it that what how why who when where which this these those there here "
        "i you he she we they me my your our his her their be was were are been have has had do does did "
        "can could would should will may might must not no yes please thank thanks hello hi okay "
        "tell show give make take find get go come know think want need like look see say said "
        "weather today tomorrow time day week year morning night email message call send write "
        "music play song video news game work home house car city country world people man woman "
        "about with from by on at up down out over under after before into through between "
        "good great best better bad big small long little old young first last next other some any "
        "all more most many much very really just also only even again well way thing things "
        "one two three four five six seven eight nine ten hundred thousand number "
        "capital france paris london water food coffee price money name help question answer "
        "explain summary summarize translate remind meeting calendar")
                                           .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return words;
}

QString commandGrammar()
{
    QString g = QStringLiteral("#JSGF V1.0;\ngrammar ttc;\n"
                               "public <utterance> = <command> | <other>;\n"
                               "<command> = new chat | open browser | read that again | stop"
                               " | search history for <other>;\n"
                               "<other> = <word>+;\n<word> = ");
    g += fillerWords().join(QStringLiteral(" | "));
    g += QStringLiteral(";\n");
    return g;
}

} // namespace ttc::voice
