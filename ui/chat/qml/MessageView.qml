import QtQuick
import QtQuick.Controls
import TtcChat

// The messages of the current chat. The model holds a window of rows; reaching either end asks for more.
ListView {
    id: view
    required property ChatController controller
    readonly property Theme theme: controller.theme
    property bool stickToEnd: true
    property int highlightedRow: -1

    objectName: "messageView"
    clip: true
    spacing: 6
    topMargin: 10
    bottomMargin: 10
    model: controller.messages
    cacheBuffer: 600
    boundsBehavior: Flickable.StopAtBounds
    keyNavigationEnabled: true
    activeFocusOnTab: true
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Messages")
    // Dragging the bar is the reader's own movement, like a flick or the wheel.
    ScrollBar.vertical: ScrollBar { id: bar; onPressedChanged: if (pressed) view.stickToEnd = false }

    delegate: MessageDelegate {
        width: view.width
        controller: view.controller
        flash: index === view.highlightedRow
    }

    onAtYBeginningChanged: if (atYBeginning && count > 0 && controller.messages.hasOlder) controller.messages.loadOlder()
    // Following the newest message stops only when the reader moves away (flick, wheel, bar, keys), not when a
    // growing reply leaves the view short of the end for a moment; reaching the end again resumes it.
    onAtYEndChanged: {
        if (!atYEnd)
            return
        if (controller.messages.hasNewer) controller.messages.loadNewer()
        else stickToEnd = true
    }
    onMovementStarted: stickToEnd = false
    onMovementEnded: stickToEnd = atYEnd && !controller.messages.hasNewer
    Keys.onPressed: (event) => {
        if (event.key === Qt.Key_Up || event.key === Qt.Key_PageUp || event.key === Qt.Key_Home)
            stickToEnd = false
        event.accepted = false
    }
    onCountChanged: if (stickToEnd) Qt.callLater(view.showEnd)
    onContentHeightChanged: if (stickToEnd && !moving) showEnd()

    // positionViewAtEnd() builds and lays out the last rows but leaves the bottom margin below the view.
    function showEnd() {
        positionViewAtEnd()
        const end = originY + contentHeight + bottomMargin - height
        if (contentY < end)
            contentY = end
    }

    Connections {
        target: view.controller.messages
        function onOpened() { view.stickToEnd = true; view.highlightedRow = -1; Qt.callLater(view.showEnd) }
        function onPositionRequested(row) {
            view.stickToEnd = false
            view.highlightedRow = row
            view.positionViewAtIndex(row, ListView.Center)
            view.currentIndex = row
            flashTimer.restart()
        }
    }
    Timer { id: flashTimer; interval: 2500; onTriggered: view.highlightedRow = -1 }

    Label {
        anchors.centerIn: parent
        width: parent.width * 0.8
        visible: view.count === 0 && !view.controller.messages.loading
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        text: view.controller.aiAvailable ? qsTr("Ask anything. Enter sends, Shift+Enter adds a line, Esc stops a reply.")
                                          : qsTr("Chat replies need the AI access layer, which this build does not have yet.")
        color: view.theme.mutedText
    }

    // Back to the newest messages after scrolling up or jumping to a search hit. Centred, clear of the message
    // actions (Retry, Fix key) that sit at the bubbles' right edge.
    RoundButton {
        objectName: "jumpToNewest"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 12
        visible: !view.stickToEnd && view.count > 0 && (!view.atYEnd || view.controller.messages.hasNewer)
        text: "↓"
        Accessible.name: qsTr("Jump to the newest message")
        ToolTip.visible: hovered
        ToolTip.text: Accessible.name
        onClicked: {
            view.stickToEnd = true
            if (view.controller.messages.hasNewer) view.controller.messages.jumpToLatest()
            else view.showEnd()
        }
    }
}
