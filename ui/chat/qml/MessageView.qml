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
    ScrollBar.vertical: ScrollBar { id: bar }

    delegate: MessageDelegate {
        width: view.width
        controller: view.controller
        flash: index === view.highlightedRow
    }

    onAtYBeginningChanged: if (atYBeginning && count > 0 && controller.messages.hasOlder) controller.messages.loadOlder()
    onAtYEndChanged: {
        if (atYEnd && controller.messages.hasNewer) controller.messages.loadNewer()
        stickToEnd = atYEnd && !controller.messages.hasNewer
    }
    onMovementStarted: stickToEnd = false
    onMovementEnded: stickToEnd = atYEnd && !controller.messages.hasNewer
    onCountChanged: if (stickToEnd) Qt.callLater(view.positionViewAtEnd)
    onContentHeightChanged: if (stickToEnd && !moving) positionViewAtEnd()

    Connections {
        target: view.controller.messages
        function onOpened() { view.stickToEnd = true; view.highlightedRow = -1; Qt.callLater(view.positionViewAtEnd) }
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
            else view.positionViewAtEnd()
        }
    }
}
