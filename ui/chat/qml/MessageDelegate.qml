import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TtcChat

// One message: header (who, when, provider/model badge, tokens), the text as safe Markdown and code blocks, a caret
// while streaming, why a reply failed or stopped (Retry, Fix key), and actions (copy, regenerate, edit and resend).
Item {
    id: root
    required property ChatController controller
    required property int index
    required property string messageId
    required property string role
    required property string content
    required property string reasoning
    required property string status
    required property string errorCode
    required property string errorMessage
    required property string provider
    required property string model
    required property int tokensIn
    required property int tokensOut
    required property var createdAt
    required property var blocks
    required property bool streaming
    property bool flash: false
    property bool editing: false

    readonly property Theme theme: controller.theme

    ListModel { id: blockModel }
    function syncBlocks() {
        const list = root.blocks
        for (let i = 0; i < list.length; ++i) {
            const block = {kind: list[i].kind, text: list[i].text, language: list[i].language || ""}
            if (i >= blockModel.count) {
                blockModel.append(block)
                continue
            }
            const shown = blockModel.get(i)
            if (shown.kind !== block.kind || shown.language !== block.language)
                blockModel.set(i, block)
            else if (shown.text !== block.text)
                blockModel.setProperty(i, "text", block.text)
        }
        if (blockModel.count > list.length)
            blockModel.remove(list.length, blockModel.count - list.length)
    }
    onBlocksChanged: syncBlocks()
    Component.onCompleted: syncBlocks()
    readonly property bool isUser: role === "user"
    readonly property bool failed: status === "error" || status === "interrupted"

    implicitHeight: bubble.height + 2 + actionRow.height + 2
    Accessible.role: Accessible.ListItem
    Accessible.name: (isUser ? qsTr("You said") : qsTr("Assistant replied")) + ": " + content

    Rectangle {
        id: bubble
        x: root.isUser ? root.width - width - 12 : 12
        width: root.isUser ? Math.min(root.width * 0.85, Math.max(column.implicitWidth + 24, 160)) : root.width - 24
        height: column.implicitHeight + 20
        radius: 10
        color: root.isUser ? root.theme.userBubble : root.theme.assistantBubble
        border.width: root.flash ? 2 : (root.failed ? 1 : 0)
        border.color: root.flash ? root.theme.accent : root.status === "error" ? root.theme.danger : root.theme.border
        Behavior on border.width { NumberAnimation { duration: 150 } }

        ColumnLayout {
            id: column
            x: 12
            y: 10
            width: bubble.width - 24
            spacing: 6

            RowLayout {
                Layout.fillWidth: true
                spacing: 6
                Label {
                    text: root.isUser ? qsTr("You") : qsTr("Assistant")
                    font.bold: true
                    font.pixelSize: 12
                    color: root.theme.text
                }
                Label {
                    text: root.createdAt.toLocaleString(Qt.locale(), Locale.ShortFormat)
                    font.pixelSize: 11
                    color: root.theme.mutedText
                    Accessible.name: qsTr("Sent %1").arg(text)
                }
                Rectangle {
                    visible: !root.isUser && (root.provider.length > 0 || root.model.length > 0)
                    radius: 4
                    color: Qt.rgba(root.theme.accent.r, root.theme.accent.g, root.theme.accent.b, 0.14)
                    implicitWidth: badge.implicitWidth + 10
                    implicitHeight: badge.implicitHeight + 4
                    Label {
                        id: badge
                        anchors.centerIn: parent
                        text: root.model.length > 0 ? root.provider + " · " + root.model : root.provider
                        textFormat: Text.PlainText
                        font.pixelSize: 10
                        color: root.theme.text
                        Accessible.name: qsTr("Answered by %1").arg(text)
                    }
                }
                Item { Layout.fillWidth: true }
                Label {
                    visible: root.tokensIn >= 0 || root.tokensOut >= 0
                    text: qsTr("%1 in · %2 out").arg(Math.max(root.tokensIn, 0)).arg(Math.max(root.tokensOut, 0))
                    font.pixelSize: 10
                    color: root.theme.mutedText
                    Accessible.name: qsTr("Tokens: %1 in, %2 out").arg(Math.max(root.tokensIn, 0)).arg(Math.max(root.tokensOut, 0))
                }
            }

            // Model "thinking", folded away.
            Loader {
                Layout.fillWidth: true
                active: root.reasoning.length > 0
                visible: active
                sourceComponent: Column {
                    spacing: 4
                    FlatButton {
                        id: thinkToggle
                        theme: root.theme
                        checkable: true
                        text: checked ? qsTr("▾ Thinking") : qsTr("▸ Thinking")
                        font.pixelSize: 11
                        Accessible.name: checked ? qsTr("Hide the model's thinking") : qsTr("Show the model's thinking")
                    }
                    Label {
                        visible: thinkToggle.checked
                        width: parent.width
                        text: root.reasoning
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        font.italic: true
                        color: root.theme.mutedText
                    }
                }
            }

            // Over a list model kept in step with the blocks: a new chunk is an inserted row and the streaming chunk a
            // changed row, so the blocks before it keep their laid-out documents (a Repeater over a count or an array
            // rebuilds every block whenever it changes).
            Repeater {
                model: root.editing ? null : blockModel
                delegate: Loader {
                    id: blockLoader
                    required property string kind
                    required property string text
                    required property string language
                    Layout.fillWidth: true
                    sourceComponent: blockLoader.kind === "code" ? codeComponent : textComponent
                    Component {
                        id: textComponent
                        MarkdownText {
                            markdown: blockLoader.text
                            plain: root.isUser
                            theme: root.theme
                            onLinkActivated: (link) => root.controller.openLink(link)
                        }
                    }
                    Component {
                        id: codeComponent
                        CodeBlock {
                            code: blockLoader.text
                            language: blockLoader.language
                            theme: root.theme
                            onCopyRequested: root.controller.copyText(blockLoader.text)
                        }
                    }
                }
            }

            // Streaming caret.
            Rectangle {
                visible: root.streaming && !root.editing
                width: 8
                height: 16
                color: root.theme.text
                SequentialAnimation on opacity {
                    running: root.streaming
                    loops: Animation.Infinite
                    NumberAnimation { to: 0.1; duration: 450 }
                    NumberAnimation { to: 1; duration: 450 }
                }
                Accessible.ignored: true
            }

            // Why a reply stopped or failed.
            RowLayout {
                Layout.fillWidth: true
                visible: root.failed && !root.isUser
                spacing: 6
                Label {
                    Layout.fillWidth: true
                    text: root.status === "interrupted" ? (root.errorMessage.length > 0 ? root.errorMessage : qsTr("Stopped."))
                                                        : (root.errorMessage.length > 0 ? root.errorMessage : qsTr("The reply failed."))
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: root.status === "interrupted" ? root.theme.mutedText : root.theme.danger
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                PushButton {
                    objectName: "fixKeyButton"
                    theme: root.theme
                    visible: root.errorCode === "key"
                    text: qsTr("Fix key")
                    Accessible.name: qsTr("Fix the API key")
                    onClicked: root.controller.fixKey()
                }
                PushButton {
                    objectName: "retryButton"
                    theme: root.theme
                    text: qsTr("Retry")
                    Accessible.name: qsTr("Retry this reply")
                    enabled: !root.controller.streaming
                    onClicked: root.controller.retry(root.messageId)
                }
            }

            // Edit and resend (user messages).
            Loader {
                Layout.fillWidth: true
                active: root.editing
                visible: active
                sourceComponent: ColumnLayout {
                    spacing: 4
                    TextArea {
                        id: editArea
                        Layout.fillWidth: true
                        text: root.content
                        wrapMode: TextEdit.Wrap
                        textFormat: TextEdit.PlainText
                        selectByMouse: true
                        Accessible.name: qsTr("Edit your message")
                        Component.onCompleted: { forceActiveFocus(); cursorPosition = length }
                        Keys.onShortcutOverride: (event) => event.accepted = event.key === Qt.Key_Escape
                        Keys.onEscapePressed: root.editing = false
                    }
                    RowLayout {
                        Item { Layout.fillWidth: true }
                        PushButton { theme: root.theme; text: qsTr("Cancel"); Accessible.name: qsTr("Cancel editing"); onClicked: root.editing = false }
                        PushButton {
                            theme: root.theme
                            text: qsTr("Send")
                            highlighted: true
                            Accessible.name: qsTr("Send the edited message")
                            onClicked: { root.editing = false; root.controller.editAndResend(root.messageId, editArea.text) }
                        }
                    }
                }
            }
        }
    }

    // The smaller icon buttons of the actions row.
    component ActionButton: IconButton {
        theme: root.theme
        implicitHeight: 26
        implicitWidth: 28
        font.pixelSize: 13
    }

    // Actions under the bubble, shown on hover or keyboard focus (the bubble keeps no empty room for them).
    Row {
        id: actionRow
        anchors.top: bubble.bottom
        anchors.topMargin: 2
        anchors.right: bubble.right
        anchors.rightMargin: 4
        height: 26
        spacing: 2
        objectName: "messageActions"
        // The list's current row shows them only while the list has keyboard focus: otherwise the first message,
        // current by default, would always show its actions.
        opacity: hover.hovered || root.activeFocus || (root.ListView.isCurrentItem && root.ListView.view.activeFocus) ? 1 : 0.0
        visible: !root.streaming && !root.editing
        ActionButton {
            glyph: "❐"
            label: qsTr("Copy message")
            onClicked: root.controller.copyText(root.content)
        }
        ActionButton {
            visible: root.isUser
            glyph: "✎"
            label: qsTr("Edit and resend")
            enabled: !root.controller.streaming
            onClicked: root.editing = true
        }
        ActionButton {
            visible: !root.isUser && !root.failed
            glyph: "↻"
            label: qsTr("Regenerate reply")
            enabled: !root.controller.streaming
            onClicked: root.controller.regenerate(root.messageId)
        }
    }
    HoverHandler { id: hover }
}
