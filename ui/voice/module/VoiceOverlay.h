#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ttc {

// A small always-on-top panel while a voice query runs: what is happening, the microphone level, a stop button.
// It shows the transcript briefly and hides itself; the chat window shows the rest of the turn.
class VoiceOverlay : public QWidget
{
    Q_OBJECT

public:
    explicit VoiceOverlay(QWidget *parent = nullptr);
    void showListening(const QString &device, const QString &shortcut);
    void setLevel(double level);
    void showStatus(const QString &text, int hideAfterMs = 0);

Q_SIGNALS:
    void stopRequested();

private:
    QLabel *m_status;
    QProgressBar *m_level;
    QPushButton *m_stop;
};

} // namespace ttc
