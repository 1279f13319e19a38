#pragma once

#include <QPoint>
#include <QRect>
#include <QSize>

namespace ttc::browser {

// Where a link preview goes (top-left, global coordinates): below the link when it fits on the screen, else above
// it, else beside it; always moved sideways to stay on the screen and never over the link itself. `gap` pixels are
// left between the link and the overlay. When nothing fits, the side with the most room is used, next to the link
// (the overlay may then run off the screen, but the link stays visible).
QPoint placeTooltip(const QRect &link, const QSize &overlay, const QRect &screen, int gap = 6);

} // namespace ttc::browser
