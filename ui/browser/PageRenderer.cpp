#include "PageRenderer.h"

#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace ttc::browser {

namespace {

// A page that has not painted yet grabs as one flat colour.
bool isFlat(const QImage &image)
{
    if (image.isNull())
        return true;
    const QImage small = image.scaled(64, 40);
    const QRgb first = small.pixel(0, 0);
    for (int y = 0; y < small.height(); ++y)
        for (int x = 0; x < small.width(); ++x)
            if (small.pixel(x, y) != first)
                return false;
    return true;
}

} // namespace

PageRenderer::PageRenderer(QWebEngineProfile *profile, QObject *parent)
    : QObject(parent), m_profile(profile), m_timeout(new QTimer(this)), m_settle(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this,
            [this] { fail(Failure::TimedOut, tr("The page did not finish loading in time")); });
    m_settle->setSingleShot(true);
    connect(m_settle, &QTimer::timeout, this, &PageRenderer::tryGrab);
}

PageRenderer::~PageRenderer()
{
    cancel();
}

void PageRenderer::render(const QUrl &url, QSize size, int timeoutMs)
{
    cancel();
    m_done = false;
    m_attempts = 0;
    m_view = std::make_unique<QWebEngineView>();
    if (m_profile)
        m_view->setPage(new QWebEnginePage(m_profile, m_view.get()));
    QWebEngineSettings *s = m_view->settings();
    s->setAttribute(QWebEngineSettings::PlaybackRequiresUserGesture, true);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::ShowScrollBars, false);
    m_view->page()->setAudioMuted(true);
    s->setAttribute(QWebEngineSettings::FocusOnNavigationEnabled, false);
    // Never on screen and never the active window: rendering a thumbnail must not take focus from the browser.
    m_view->setWindowFlags(Qt::Tool | Qt::FramelessWindowHint | Qt::WindowDoesNotAcceptFocus);
    m_view->setAttribute(Qt::WA_DontShowOnScreen);
    m_view->setAttribute(Qt::WA_ShowWithoutActivating);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->resize(size);
    m_view->show();
    connect(m_view.get(), &QWebEngineView::loadFinished, this, &PageRenderer::onLoadFinished);
    m_timeout->start(timeoutMs);
    m_view->load(url);
}

void PageRenderer::cancel()
{
    m_timeout->stop();
    m_settle->stop();
    if (m_view) {
        m_view->disconnect(this);
        m_view->stop();
        m_view->hide();
        // Possibly inside one of the view's own signals: it goes once control is back in the event loop.
        m_view.release()->deleteLater();
    }
    m_done = true;
}

void PageRenderer::onLoadFinished(bool ok)
{
    if (m_done)
        return;
    if (!ok) {
        fail(Failure::LoadFailed, tr("The page could not be loaded"));
        return;
    }
    // Painting follows the load by a frame or a few: look until there is something, within the time box.
    m_settle->start(100);
}

void PageRenderer::tryGrab()
{
    if (m_done || !m_view)
        return;
    ++m_attempts;
    const QImage image = m_view->grab().toImage();
    // A page that stays one colour (an empty body) is still a picture of what is there, after a while.
    if (isFlat(image) && m_attempts < 15) {
        m_settle->start(100);
        return;
    }
    if (image.isNull()) {
        fail(Failure::Blank, tr("Nothing was rendered"));
        return;
    }
    m_timeout->stop();
    m_done = true;
    Q_EMIT rendered(image);
    // Later: the view goes when the next render starts or this object does.
}

void PageRenderer::fail(Failure failure, const QString &message)
{
    if (m_done)
        return;
    cancel();
    Q_EMIT failed(failure, message);
}

} // namespace ttc::browser
