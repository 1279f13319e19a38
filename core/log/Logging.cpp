#include "log/Logging.h"

Q_LOGGING_CATEGORY(lcApp, "ttc.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "ttc.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "ttc.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIpc, "ttc.ipc", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPlatform, "ttc.platform", QtInfoMsg)
