import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import TtcChat

// The chat window. Only what the first frame shows is built up front; menus and dialogs load on first use.
ApplicationWindow {
    id: window
    required property ChatController controller
    readonly property Theme theme: controller.theme

    title: qsTr("Chat — %1").arg(controller.currentTitle)
    width: 760
    height: 720
    minimumWidth: 360
    minimumHeight: 400
    color: theme.window

    palette.window: theme.window
    palette.windowText: theme.text
    palette.base: theme.surface
    palette.alternateBase: theme.sidebar
    palette.text: theme.text
    palette.button: theme.control
    palette.buttonText: theme.text
    palette.highlight: theme.accent
    palette.highlightedText: theme.accentText
    palette.placeholderText: theme.mutedText
    palette.mid: theme.border
    palette.dark: theme.border
    palette.light: theme.userBubble
    palette.midlight: theme.selection
    palette.toolTipBase: theme.surface
    palette.toolTipText: theme.text
    palette.link: theme.link

    readonly property bool narrow: width < 620
    property bool sidebarOpen: !narrow

    Shortcut {
        sequence: "Esc"
        context: Qt.WindowShortcut
        onActivated: if (!window.controller.stopIfStreaming()) window.hide()
    }
    Shortcut {
        sequence: StandardKey.New
        onActivated: window.controller.newChat()
    }
    Shortcut {
        sequence: StandardKey.Find
        onActivated: { window.sidebarOpen = true; sidebar.focusSearch() }
    }
    // Brings back the chat just deleted (a text field with focus keeps Ctrl+Z for its own undo).
    Shortcut {
        sequences: [StandardKey.Undo]
        enabled: window.controller.sessions.pendingDeleteTitle.length > 0
        onActivated: window.controller.undoDelete()
    }
    Shortcut {
        sequence: "Ctrl+B"
        onActivated: window.sidebarOpen = !window.sidebarOpen
    }

    Connections {
        target: window.controller
        function onFocusComposerRequested() { composer.focusInput() }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Sidebar {
            id: sidebar
            controller: window.controller
            Layout.fillHeight: true
            Layout.preferredWidth: 250
            visible: window.sidebarOpen
        }
        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            color: window.theme.border
            visible: sidebar.visible
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            // Header: sidebar toggle, title, provider, usage, always on top, appearance.
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: 44
                color: window.theme.window
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 6
                    anchors.rightMargin: 6
                    spacing: 4
                    IconButton {
                        glyph: "☰"
                        label: window.sidebarOpen ? qsTr("Hide chats") : qsTr("Show chats")
                        theme: window.theme
                        onClicked: window.sidebarOpen = !window.sidebarOpen
                    }
                    Label {
                        Layout.fillWidth: true
                        text: window.controller.currentTitle
                        textFormat: Text.PlainText
                        elide: Text.ElideRight
                        font.bold: true
                        color: window.theme.text
                        Accessible.role: Accessible.Heading
                    }
                    FlatButton {
                        id: providerButton
                        theme: window.theme
                        objectName: "providerButton"
                        readonly property var current: {
                            const list = window.controller.providers
                            for (let i = 0; i < list.length; ++i)
                                if (list[i].id === window.controller.provider) return list[i]
                            return null
                        }
                        text: !window.controller.aiAvailable ? qsTr("No AI access")
                              : current ? (window.controller.model ? current.name + " · " + window.controller.model : current.name)
                                        : qsTr("Pick a provider")
                        Accessible.name: qsTr("Provider and model: %1").arg(text)
                        font.pixelSize: 12
                        enabled: window.controller.aiAvailable
                        onClicked: {
                            window.controller.refreshProviders()
                            providerMenuLoader.active = true
                            providerMenuLoader.item.popup(providerButton, 0, providerButton.height)
                        }
                        menuShown: providerMenuLoader.item ? providerMenuLoader.item.visible : false
                        ToolTip.visible: hovered && !menuShown
                        ToolTip.delay: 600
                        ToolTip.text: current ? current.status : qsTr("Choose the AI provider and model")
                    }
                    Label {
                        id: usageLabel
                        readonly property var usage: window.controller.usage
                        visible: usage.tier !== undefined
                        text: usage.limit < 0 ? qsTr("%1 today").arg(usage.used)
                                              : qsTr("%1/%2 today").arg(usage.used).arg(usage.limit)
                        color: usage.atLimit ? window.theme.danger : window.theme.mutedText
                        font.pixelSize: 11
                        Accessible.name: usage.limit < 0
                                         ? qsTr("Cloud requests today: %1, no limit").arg(usage.used)
                                         : qsTr("Cloud requests today: %1 of %2, resets %3").arg(usage.used).arg(usage.limit).arg(usage.resetsAt)
                        ToolTip.visible: usageMouse.containsMouse
                        ToolTip.text: usage.atLimit ? qsTr("Daily limit reached. It resets %1. Upgrade for more.").arg(usage.resetsAt)
                                                    : qsTr("Cloud requests used today on the %1 plan; resets %2").arg(usage.tier).arg(usage.resetsAt)
                        MouseArea { id: usageMouse; anchors.fill: parent; hoverEnabled: true }
                    }
                    IconButton {
                        objectName: "pinButton"
                        glyph: "↥"
                        checkable: true
                        checked: window.controller.alwaysOnTop
                        label: checked ? qsTr("Stop keeping the window on top") : qsTr("Keep the window on top")
                        theme: window.theme
                        onToggled: window.controller.alwaysOnTop = checked
                    }
                    IconButton {
                        id: moreButton
                        glyph: "⋯"
                        label: qsTr("More options")
                        theme: window.theme
                        menuShown: windowMenuLoader.item ? windowMenuLoader.item.visible : false
                        onClicked: {
                            windowMenuLoader.active = true
                            windowMenuLoader.item.popup(moreButton, 0, moreButton.height)
                        }
                    }
                }
                Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: window.theme.border }
            }

            // Notices: errors from the store, quota, exports.
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: noticeRow.implicitHeight + 12
                visible: window.controller.notice.length > 0
                color: Qt.rgba(window.theme.warning.r, window.theme.warning.g, window.theme.warning.b, 0.15)
                RowLayout {
                    id: noticeRow
                    anchors.fill: parent
                    anchors.margins: 6
                    Label {
                        Layout.fillWidth: true
                        text: window.controller.notice
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        color: window.theme.text
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text
                    }
                    IconButton {
                        glyph: "✕"
                        label: qsTr("Dismiss message")
                        theme: window.theme
                        onClicked: window.controller.dismissNotice()
                    }
                }
            }

            MessageView {
                id: messageView
                controller: window.controller
                Layout.fillWidth: true
                Layout.fillHeight: true
            }

            Composer {
                id: composer
                controller: window.controller
                Layout.fillWidth: true
            }
        }
    }

    Loader {
        id: providerMenuLoader
        active: false
        sourceComponent: ProviderMenu { controller: window.controller }
    }

    Loader {
        id: windowMenuLoader
        active: false
        sourceComponent: ChatMenu {
            ChatMenuItem {
                text: qsTr("New chat")
                onTriggered: window.controller.newChat()
            }
            MenuSeparator {}
            ChatMenuItem {
                text: qsTr("Follow system appearance")
                checkable: true
                checked: window.theme.appearance === "system"
                onTriggered: window.controller.setAppearance("system")
            }
            ChatMenuItem {
                text: qsTr("Light")
                checkable: true
                checked: window.theme.appearance === "light"
                onTriggered: window.controller.setAppearance("light")
            }
            ChatMenuItem {
                text: qsTr("Dark")
                checkable: true
                checked: window.theme.appearance === "dark"
                onTriggered: window.controller.setAppearance("dark")
            }
            MenuSeparator {}
            ChatMenuItem {
                text: qsTr("API keys…")
                onTriggered: window.controller.fixKey()
            }
            ChatMenuItem {
                text: qsTr("Hide window")
                onTriggered: window.hide()
            }
        }
    }
}
