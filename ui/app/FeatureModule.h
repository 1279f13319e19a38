#pragma once

#include <QString>
#include <QVariantMap>
#include <QtPlugin>

namespace ttc {

class CompanionApp;

// A feature that lives in its own plugin (chat, browser, voice): its heavy Qt modules (Quick, WebEngine, Multimedia)
// are loaded only when the user first asks for it, so the tray starts as fast as a plain tray program.
//
// Writing one:
//   - in the feature's CMakeLists.txt: ttc_add_feature_module(NAME chat ENTRY ChatModule.cpp SOURCES ... LIBS ...)
//     (cmake/FeatureModules.cmake). SOURCES go into a static library `ttc_chat_impl` that tests link together with
//     ttc_core and ttc_ui; ENTRY holds the plugin class and goes only into the plugin `ttc-chat`.
//   - the plugin class: a QObject deriving from FeatureModule with
//       Q_PLUGIN_METADATA(IID TTC_FEATURE_MODULE_IID)
//       Q_INTERFACES(ttc::FeatureModule)
//   - the plugin resolves core and ui symbols from the tooltip-companion executable, so it calls CompanionApp (and
//     whatever it exposes) directly; it must not link ttc_core or ttc_ui itself.
//   - CompanionApp::requestFeature(name, action, args) loads it on first use, calls initialize() once, then
//     handle(action, args) for this and every later request.
class FeatureModule
{
public:
    virtual ~FeatureModule() = default;

    // Once, right after loading, on the GUI thread.
    virtual void initialize(CompanionApp &app) = 0;

    // A request from the tray, the command line (`--open chat`, `--browse URL`), another feature or the voice
    // hotkey. "open" must be understood by every module; others are the module's own (documented in its header).
    // Unknown actions are logged and ignored.
    virtual void handle(const QString &action, const QVariantMap &arguments) = 0;

    // An object other features may talk to through its signals, properties and invokables (or nullptr).
    virtual QObject *api() { return nullptr; }

    // Before the application quits: save window state, stop streams.
    virtual void shutdown() {}
};

} // namespace ttc

#define TTC_FEATURE_MODULE_IID "org.tooltipcompanion.FeatureModule/1"
Q_DECLARE_INTERFACE(ttc::FeatureModule, TTC_FEATURE_MODULE_IID)
