#include "VoiceOverlay.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QTimer>

#include <cmath>

namespace ttc {

VoiceOverlay::VoiceOverlay(QWidget *parent)
    : QWidget(parent, Qt::Tool | Qt::WindowStaysOnTopHint | Qt::FramelessWindowHint), m_status(new QLabel(this)),
      m_level(new QProgressBar(this)), m_stop(new QPushButton(tr("Stop"), this))
{
    setWindowTitle(tr("ToolTip Companion voice"));
    setAttribute(Qt::WA_ShowWithoutActivating);
    m_status->setTextFormat(Qt::PlainText);  // transcripts are untrusted text
    m_status->setWordWrap(true);
    m_status->setMinimumWidth(320);
    m_level->setRange(0, 100);
    m_level->setTextVisible(false);
    m_level->setFixedHeight(8);
    m_level->setAccessibleName(tr("Microphone level"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_stop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_level);
    connect(m_stop, &QPushButton::clicked, this, &VoiceOverlay::stopRequested);
}

void VoiceOverlay::showListening(const QString &device, const QString &shortcut)
{
    m_status->setText(shortcut.isEmpty() ? tr("Listening on %1…").arg(device)
                                         : tr("Listening on %1… (%2 to stop)").arg(device, shortcut));
    m_level->setValue(0);
    m_level->show();
    m_stop->show();
    adjustSize();
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QRect a = screen->availableGeometry();
        move(a.center().x() - width() / 2, a.top() + a.height() / 8);
    }
    show();
    raise();
}

void VoiceOverlay::setLevel(double level)
{
    // Speech sits around -30..-10 dBFS: a dB scale makes the meter move visibly for normal voices.
    const double db = level > 0 ? 20 * std::log10(level) : -60;
    m_level->setValue(int(std::clamp((db + 60) / 60 * 100, 0.0, 100.0)));
}

void VoiceOverlay::showStatus(const QString &text, int hideAfterMs)
{
    m_status->setText(text);
    m_level->hide();
    m_stop->hide();
    adjustSize();
    show();
    if (hideAfterMs > 0)
        QTimer::singleShot(hideAfterMs, this, [this, text] {
            if (m_status->text() == text)
                hide();
        });
}

} // namespace ttc
