import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TtcChat

// Where the user writes: Enter sends, Shift+Enter adds a line; the draft is kept per chat; Send turns into Stop while
// a reply streams.
Rectangle {
    id: composer
    required property ChatController controller
    readonly property Theme theme: controller.theme
    function focusInput() { input.forceActiveFocus() }

    implicitHeight: layout.implicitHeight + 16
    color: theme.window
    Rectangle { anchors.top: parent.top; width: parent.width; height: 1; color: composer.theme.border }

    RowLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: 8
        spacing: 8

        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(Math.max(input.implicitHeight, 40), 180)
            TextArea {
                id: input
                objectName: "composerInput"
                placeholderText: qsTr("Message (Enter to send, Shift+Enter for a new line)")
                Accessible.name: qsTr("Message")
                Accessible.description: qsTr("Enter sends, Shift+Enter adds a new line")
                wrapMode: TextEdit.Wrap
                textFormat: TextEdit.PlainText
                selectByMouse: true
                persistentSelection: true
                text: composer.controller.composerText
                onTextChanged: if (text !== composer.controller.composerText) composer.controller.composerText = text
                Keys.onPressed: (event) => {
                    if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                            && !(event.modifiers & (Qt.ShiftModifier | Qt.ControlModifier | Qt.AltModifier))) {
                        event.accepted = true
                        composer.controller.send()
                    }
                }
            }
        }

        ColumnLayout {
            spacing: 2
            PushButton {
                id: sendButton
                theme: composer.theme
                objectName: composer.controller.streaming ? "stopButton" : "sendButton"
                Layout.preferredWidth: 76
                text: composer.controller.streaming ? qsTr("Stop") : qsTr("Send")
                highlighted: !composer.controller.streaming
                enabled: composer.controller.streaming || composer.controller.composerText.trim().length > 0
                Accessible.name: composer.controller.streaming ? qsTr("Stop the reply") : qsTr("Send message")
                onClicked: composer.controller.streaming ? composer.controller.stop() : composer.controller.send()
            }
            Label {
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("~%n token(s)", "", composer.controller.tokenEstimate)
                font.pixelSize: 10
                color: composer.theme.mutedText
                visible: composer.controller.composerText.length > 0
                Accessible.name: qsTr("About %n token(s)", "", composer.controller.tokenEstimate)
            }
        }
    }
}
