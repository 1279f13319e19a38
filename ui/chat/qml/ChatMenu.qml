import QtQuick
import QtQuick.Controls

// A menu as wide as its widest entry (Qt Quick Controls menus are otherwise a fixed 200 px and elide), with
// desktop-height entries (ChatMenuItem).
Menu {
    id: menu
    width: {
        let widest = 0
        for (let i = 0; i < count; ++i) {
            const entry = itemAt(i)
            if (entry)
                widest = Math.max(widest, entry.implicitWidth)
        }
        return Math.max(implicitWidth, widest + leftPadding + rightPadding)
    }
}
