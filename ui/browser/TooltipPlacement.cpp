#include "TooltipPlacement.h"

#include <algorithm>

namespace ttc::browser {

namespace {

int clampInto(int pos, int length, int lo, int hiExclusive)
{
    // Wider than the screen: start at its edge.
    if (length >= hiExclusive - lo)
        return lo;
    return std::clamp(pos, lo, hiExclusive - length);
}

} // namespace

QPoint placeTooltip(const QRect &link, const QSize &overlay, const QRect &screen, int gap)
{
    const int w = overlay.width();
    const int h = overlay.height();
    const int screenBottom = screen.top() + screen.height();   // exclusive
    const int screenRight = screen.left() + screen.width();    // exclusive
    const int linkBottom = link.top() + link.height();         // exclusive
    const int linkRight = link.left() + link.width();          // exclusive

    const int x = clampInto(link.left(), w, screen.left(), screenRight);
    const int below = linkBottom + gap;
    if (below + h <= screenBottom)
        return {x, below};
    const int above = link.top() - gap - h;
    if (above >= screen.top())
        return {x, above};

    // Too tall for either side: beside the link, vertically clamped on the screen.
    const int y = clampInto(link.top(), h, screen.top(), screenBottom);
    if (linkRight + gap + w <= screenRight)
        return {linkRight + gap, y};
    if (link.left() - gap - w >= screen.left())
        return {link.left() - gap - w, y};

    // Nothing fits: next to the link on the side with more room.
    const int roomBelow = screenBottom - below;
    const int roomAbove = link.top() - gap - screen.top();
    return roomBelow >= roomAbove ? QPoint(x, below) : QPoint(x, above);
}

} // namespace ttc::browser
