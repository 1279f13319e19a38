import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TtcChat

// A fenced code block: monospace plain text with its language and a Copy button.
Rectangle {
    id: block
    property string code
    property string language
    property Theme theme
    signal copyRequested()

    implicitHeight: layout.implicitHeight + 8
    radius: 6
    color: theme ? theme.codeBackground : "#eee"
    border.color: theme ? theme.border : "#ccc"
    Accessible.role: Accessible.Grouping
    Accessible.name: language.length > 0 ? qsTr("Code block, %1").arg(language) : qsTr("Code block")

    ColumnLayout {
        id: layout
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 4
        spacing: 0
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.leftMargin: 6
                text: block.language
                textFormat: Text.PlainText
                font.pixelSize: 11
                color: block.theme ? block.theme.mutedText : "gray"
            }
            Item { Layout.fillWidth: true }
            PushButton {
                id: copyButton
                theme: block.theme
                implicitHeight: 24
                objectName: "copyCodeButton"
                flat: true
                text: copied ? qsTr("Copied") : qsTr("Copy")
                font.pixelSize: 11
                property bool copied: false
                Accessible.name: qsTr("Copy code")
                onClicked: { block.copyRequested(); copied = true; resetTimer.restart() }
                Timer { id: resetTimer; interval: 1500; onTriggered: copyButton.copied = false }
            }
        }
        Flickable {
            Layout.fillWidth: true
            Layout.preferredHeight: codeText.implicitHeight
            contentWidth: codeText.implicitWidth
            clip: true
            flickableDirection: Flickable.HorizontalFlick
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.horizontal: ScrollBar { policy: codeText.implicitWidth > parent.width ? ScrollBar.AsNeeded : ScrollBar.AlwaysOff }
            TextEdit {
                id: codeText
                padding: 6
                text: block.code
                textFormat: TextEdit.PlainText
                readOnly: true
                selectByMouse: true
                activeFocusOnPress: false
                font.family: "monospace"
                font.pixelSize: 13
                color: block.theme ? block.theme.text : "black"
                selectionColor: block.theme ? block.theme.selection : "lightsteelblue"
                selectedTextColor: color
                Accessible.name: block.code
            }
        }
    }
}
