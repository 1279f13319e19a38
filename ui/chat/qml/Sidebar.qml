import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TtcChat

// Sessions newest first, or search results while the search field has text.
Rectangle {
    id: sidebar
    required property ChatController controller
    readonly property Theme theme: controller.theme
    color: theme.sidebar

    function focusSearch() { searchField.forceActiveFocus(); searchField.selectAll() }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8
        spacing: 6

        PushButton {
            objectName: "newChatButton"
            theme: sidebar.theme
            Layout.fillWidth: true
            text: qsTr("New chat")
            Accessible.name: qsTr("New chat")
            onClicked: sidebar.controller.newChat()
        }

        TextField {
            id: searchField
            objectName: "searchField"
            Layout.fillWidth: true
            implicitHeight: 32
            placeholderText: qsTr("Search all chats")
            Accessible.name: qsTr("Search all chats")
            selectByMouse: true
            text: sidebar.controller.search.query
            onTextEdited: sidebar.controller.search.query = text
            onAccepted: sidebar.controller.search.searchNow()
            // Esc clears the search before the window's Esc (stop or hide) gets it.
            Keys.onShortcutOverride: (event) => event.accepted = event.key === Qt.Key_Escape && text.length > 0
            Keys.onEscapePressed: (event) => {
                if (text.length > 0) { text = ""; sidebar.controller.search.query = ""; event.accepted = true }
                else event.accepted = false
            }
            Keys.onDownPressed: (searching ? results : sessions).forceActiveFocus()
            readonly property bool searching: text.trim().length > 0
        }

        ListView {
            id: sessions
            objectName: "sessionList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !searchField.searching
            clip: true
            model: sidebar.controller.sessions
            keyNavigationEnabled: true
            // Keyboard focus lands on the open chat (else the first), so Delete, Enter and the menu key act at once.
            onActiveFocusChanged: if (activeFocus && currentIndex < 0 && count > 0)
                currentIndex = Math.max(0, sidebar.controller.sessions.indexOf(sidebar.controller.currentSessionId))
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Chats")
            delegate: ItemDelegate {
                id: sessionItem
                required property int index
                required property string sessionId
                required property string title
                required property var updatedAt
                width: ListView.view.width
                horizontalPadding: 10
                verticalPadding: 7
                highlighted: sessionId === sidebar.controller.currentSessionId
                text: title
                Accessible.name: qsTr("Chat: %1").arg(title)
                contentItem: Label {
                    text: sessionItem.title
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: sidebar.theme.text
                    font.bold: sessionItem.highlighted
                }
                background: Rectangle {
                    color: sessionItem.highlighted ? Qt.rgba(sidebar.theme.accent.r, sidebar.theme.accent.g, sidebar.theme.accent.b, 0.18)
                         : sessionItem.hovered || sessionItem.activeFocus ? Qt.rgba(sidebar.theme.text.r, sidebar.theme.text.g, sidebar.theme.text.b, 0.06)
                         : "transparent"
                    radius: 6
                }
                onClicked: sidebar.controller.selectSession(sessionId)
                Keys.onReturnPressed: sidebar.controller.selectSession(sessionId)
                Keys.onDeletePressed: sidebar.controller.deleteSession(sessionId)
                Keys.onMenuPressed: sidebar.openMenu(sessionItem, sessionId, title)
                TapHandler {
                    acceptedButtons: Qt.RightButton
                    onTapped: sidebar.openMenu(sessionItem, sessionItem.sessionId, sessionItem.title)
                }
            }
            Label {
                anchors.centerIn: parent
                visible: sessions.count === 0 && !sidebar.controller.sessions.loading
                text: qsTr("No chats yet")
                color: sidebar.theme.mutedText
            }
        }

        ListView {
            id: results
            objectName: "searchResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: searchField.searching
            clip: true
            spacing: 2
            model: sidebar.controller.search
            keyNavigationEnabled: true
            ScrollBar.vertical: ScrollBar {}
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Search results")
            delegate: ItemDelegate {
                id: hit
                required property string messageId
                required property string sessionId
                required property string sessionTitle
                required property string snippet
                required property string role
                width: ListView.view.width
                horizontalPadding: 10
                verticalPadding: 6
                Accessible.name: qsTr("Result in %1").arg(sessionTitle)
                contentItem: Column {
                    spacing: 2
                    Label {
                        width: parent.width
                        text: hit.sessionTitle
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        font.pixelSize: 11
                        color: sidebar.theme.mutedText
                    }
                    TextEdit {
                        id: snippetView
                        width: parent.width
                        readOnly: true
                        activeFocusOnPress: false
                        textFormat: TextEdit.PlainText
                        wrapMode: TextEdit.Wrap
                        color: sidebar.theme.text
                        font.pixelSize: 12
                        SafeTextDocument {
                            document: snippetView.textDocument
                            marked: hit.snippet
                            highlightColor: sidebar.theme.highlight
                        }
                    }
                }
                background: Rectangle {
                    color: hit.hovered || hit.activeFocus ? Qt.rgba(sidebar.theme.text.r, sidebar.theme.text.g, sidebar.theme.text.b, 0.06) : "transparent"
                    radius: 6
                }
                onClicked: sidebar.controller.openMessage(sessionId, messageId)
                Keys.onReturnPressed: sidebar.controller.openMessage(sessionId, messageId)
            }
            Label {
                anchors.centerIn: parent
                visible: results.count === 0 && !sidebar.controller.search.searching
                text: qsTr("No matches")
                color: sidebar.theme.mutedText
            }
        }

        // Undo for the last deleted chat.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: undoRow.implicitHeight + 8
            visible: sidebar.controller.sessions.pendingDeleteTitle.length > 0
            radius: 6
            color: sidebar.theme.surface
            border.color: sidebar.theme.border
            RowLayout {
                id: undoRow
                anchors.fill: parent
                anchors.margins: 4
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Deleted “%1”").arg(sidebar.controller.sessions.pendingDeleteTitle)
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: sidebar.theme.text
                }
                PushButton {
                    objectName: "undoDeleteButton"
                    theme: sidebar.theme
                    text: qsTr("Undo")
                    Accessible.name: qsTr("Undo delete")
                    flat: true
                    onClicked: sidebar.controller.undoDelete()
                }
            }
        }
    }

    property string menuSessionId
    property string menuTitle
    function openMenu(item, sessionId, title) {
        menuSessionId = sessionId
        menuTitle = title
        menuLoader.active = true
        menuLoader.item.popup(item, 8, item.height / 2)
    }

    Loader {
        id: menuLoader
        active: false
        sourceComponent: ChatMenu {
            ChatMenuItem { text: qsTr("Rename…"); onTriggered: sidebar.loadDialogs().rename(sidebar.menuSessionId, sidebar.menuTitle) }
            ChatMenuItem { text: qsTr("Export as Markdown…"); onTriggered: sidebar.loadDialogs().exportAs(sidebar.menuSessionId, "md") }
            ChatMenuItem { text: qsTr("Export as JSON…"); onTriggered: sidebar.loadDialogs().exportAs(sidebar.menuSessionId, "json") }
            MenuSeparator {}
            ChatMenuItem { text: qsTr("Delete"); onTriggered: sidebar.controller.deleteSession(sidebar.menuSessionId) }
        }
    }

    // Loaded by URL, not as an inline component: naming the type here would compile SessionDialogs.qml with the
    // window and load QtQuick.Dialogs (three libraries and a plugin) before the first frame.
    function loadDialogs() {
        if (!dialogs.item)
            dialogs.setSource("SessionDialogs.qml", { controller: sidebar.controller })
        return dialogs.item
    }

    Loader { id: dialogs }
}
