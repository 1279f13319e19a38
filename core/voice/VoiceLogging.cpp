#include "voice/VoiceLogging.h"

Q_LOGGING_CATEGORY(lcVoice, "ttc.voice", QtInfoMsg)
