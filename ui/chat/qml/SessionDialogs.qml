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
        fileDialog.selectedFile = "file:///" + controller.suggestedExportName(id, fmt)
        fileDialog.open()
    }

    Dialog {
        id: renameDialog
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Rename chat")
        standardButtons: Dialog.Ok | Dialog.Cancel
        Accessible.name: title
        TextField {
            id: renameField
            implicitWidth: 280
            Accessible.name: qsTr("Chat title")
            selectByMouse: true
            onAccepted: renameDialog.accept()
        }
        onAccepted: dialogs.controller.renameSession(dialogs.sessionId, renameField.text)
    }

    FileDialog {
        id: fileDialog
        title: dialogs.format === "json" ? qsTr("Export chat as JSON") : qsTr("Export chat as Markdown")
        fileMode: FileDialog.SaveFile
        nameFilters: dialogs.format === "json" ? [qsTr("JSON files (*.json)")] : [qsTr("Markdown files (*.md)")]
        onAccepted: dialogs.controller.exportSession(dialogs.sessionId, dialogs.format, selectedFile)
    }
}
