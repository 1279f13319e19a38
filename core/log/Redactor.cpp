#include "log/Redactor.h"

#include <QRegularExpression>

#include <array>

namespace ttc::log {

namespace {

struct Rule
{
    QRegularExpression re;
    // Capture group kept in front of the marker (0 = replace the whole match).
    int keepGroup;
};

const std::array<Rule, 9> &rules()
{
    using RE = QRegularExpression;
    constexpr auto ci = RE::CaseInsensitiveOption;
    static const std::array<Rule, 9> r = {{
        // Header lines and header-like pairs, in text, JSON or HTTP dumps: keep the name, drop the value.
        {RE(QStringLiteral(R"((?<![A-Za-z0-9_\-])((?:proxy-)?authorization|x-api-key|x-goog-api-key|xi-api-key|api-key|cookie|set-cookie|stripe-signature)("?\s*[:=]\s*"?)[^"\r\n]+)"),
            ci),
         -1},
        // JSON or form fields that hold secrets.
        {RE(QStringLiteral(R"(((?<![A-Za-z0-9_\-])["']?(?:password|passwd|new_password|refresh_token|access_token|id_token|api_key|apikey|client_secret|secret|token|key)["']?\s*[:=]\s*)("[^"]*"|'[^']*'|[^\s,&;}]+))"),
            ci),
         1},
        // URL query parameters.
        {RE(QStringLiteral(R"(([?&](?:key|api_key|apikey|access_token|token|password|refresh_token)=)[^&#\s"]+)"), ci), 1},
        // Bearer and Basic credentials wherever they appear.
        {RE(QStringLiteral(R"(\b((?:bearer|basic)\s+)[A-Za-z0-9._~+/=\-]{6,})"), ci), 1},
        // JSON Web Tokens.
        {RE(QStringLiteral(R"(\beyJ[A-Za-z0-9_\-]{5,}\.[A-Za-z0-9_\-]{5,}\.[A-Za-z0-9_\-]*)")), 0},
        // OpenAI (sk-, sk-proj-, sk-svcacct-) and Anthropic (sk-ant-) keys.
        {RE(QStringLiteral(R"(\bsk-[A-Za-z0-9_\-]{12,})")), 0},
        // Google API keys.
        {RE(QStringLiteral(R"(\bAIza[0-9A-Za-z_\-]{30,})")), 0},
        // ElevenLabs (sk_ + hex), Stripe secret and restricted keys, webhook secrets.
        {RE(QStringLiteral(R"(\b(?:sk_[0-9a-f]{32,}|(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{10,}|whsec_[0-9A-Za-z+/=]{10,})\b)")), 0},
        // Refresh tokens and other opaque tokens the project issues carry this prefix.
        {RE(QStringLiteral(R"(\bttc(?:rt|at)_[A-Za-z0-9_\-]{8,})")), 0},
    }};
    return r;
}

} // namespace

QString redact(const QString &text)
{
    QString out = text;
    for (const Rule &rule : rules()) {
        if (rule.keepGroup < 0) {
            // name + separator kept, value replaced
            out.replace(rule.re, QStringLiteral("\\1\\2") + kRedacted);
        } else if (rule.keepGroup == 0) {
            out.replace(rule.re, QString(kRedacted));
        } else {
            out.replace(rule.re, QStringLiteral("\\%1").arg(rule.keepGroup) + kRedacted);
        }
    }
    return out;
}

} // namespace ttc::log
