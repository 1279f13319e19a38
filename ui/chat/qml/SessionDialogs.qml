import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import TtcChat

// Rename and export dialogs of the sidebar, loaded on first use.
Item {
    id: dialogs
    required property ChatController controller
    property string sessionId
    property string format: "md"

    function rename(id, title) {
        sessionId = id
        renameField.text = title
        renameDialog.open()
        renameField.forceActiveFocus()
        renameField.selectAll()
    }

    function exportAs(id, fmt) {
        sessionId = id
        format = fmt
        const folder = controller.exportFolder()
        fileDialog.currentFolder = folder
        fileDialog.selectedFile = folder + "/" + controller.suggestedExportName(id, fmt)
        fileDialog.open()
    }

    Dialog {
        id: renameDialog
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Rename chat")
        TextField {
            id: renameField
            implicitWidth: 300
            implicitHeight: 32
            Accessible.name: qsTr("Chat title")
            selectByMouse: true
            onAccepted: if (text.trim().length > 0) renameDialog.accept()
        }
        footer: DialogButtonBox {
            alignment: Qt.AlignRight
            spacing: 8
            PushButton {
                theme: dialogs.controller.theme
                text: qsTr("Cancel")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
            PushButton {
                theme: dialogs.controller.theme
                text: qsTr("Rename")
                highlighted: true
                enabled: renameField.text.trim().length > 0
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
        }
        onAccepted: dialogs.controller.renameSession(dialogs.sessionId, renameField.text)
    }

    FileDialog {
        id: fileDialog
        objectName: "exportDialog"
        acceptLabel: qsTr("Export")
        title: dialogs.format === "json" ? qsTr("Export chat as JSON") : qsTr("Export chat as Markdown")
        fileMode: FileDialog.SaveFile
        nameFilters: dialogs.format === "json" ? [qsTr("JSON files (*.json)")] : [qsTr("Markdown files (*.md)")]
        onAccepted: dialogs.controller.exportSession(dialogs.sessionId, dialogs.format, selectedFile)
    }
}
