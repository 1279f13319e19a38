#pragma once

#include <QImage>
#include <QObject>
#include <QSize>
#include <QUrl>

#include <memory>

class QTimer;
class QWebEngineProfile;
class QWebEngineView;

namespace ttc::browser {

// Renders one page offscreen at a given size (1280×800 by default) and hands back the picture, within a time box.
// Used by ttc-render and by ThumbnailRenderer. A view that is never shown on screen (WA_DontShowOnScreen) does the
// painting, so it needs a GUI platform (xcb, wayland or offscreen) but no visible window.
class PageRenderer : public QObject
{
    Q_OBJECT

public:
    enum class Failure { None, LoadFailed, TimedOut, Blank };

    explicit PageRenderer(QWebEngineProfile *profile = nullptr, QObject *parent = nullptr);
    ~PageRenderer() override;

    void render(const QUrl &url, QSize size = QSize(1280, 800), int timeoutMs = 15000);
    void cancel();

Q_SIGNALS:
    void rendered(const QImage &image);
    void failed(ttc::browser::PageRenderer::Failure failure, const QString &message);

private:
    void onLoadFinished(bool ok);
    void tryGrab();
    void fail(Failure failure, const QString &message);

    QWebEngineProfile *m_profile = nullptr;
    std::unique_ptr<QWebEngineView> m_view;
    QTimer *m_timeout = nullptr;
    QTimer *m_settle = nullptr;
    int m_attempts = 0;
    bool m_done = true;
};

} // namespace ttc::browser
