import QtQuick
import QtQuick.Controls
import TtcChat

// Providers with their key status and tier badges, then the chosen provider's models. Loaded on first use.
ChatMenu {
    id: menu
    required property ChatController controller

    title: qsTr("Provider and model")

    Repeater {
        model: menu.controller.providers
        delegate: ChatMenuItem {
            required property var modelData
            text: modelData.name + "  —  " + modelData.status
            checkable: true
            checked: modelData.id === menu.controller.provider
            Accessible.name: qsTr("%1, %2").arg(modelData.name).arg(modelData.status)
            onTriggered: {
                if (!modelData.allowedByTier) {
                    menu.controller.provider = modelData.id
                } else if (modelData.needsKey && !modelData.hasKey) {
                    menu.controller.provider = modelData.id
                    menu.controller.fixKey()
                } else {
                    menu.controller.provider = modelData.id
                }
            }
        }
    }
    MenuSeparator {}
    Repeater {
        model: menu.controller.models
        delegate: ChatMenuItem {
            required property string modelData
            text: modelData
            checkable: true
            checked: modelData === menu.controller.model
            Accessible.name: qsTr("Model %1").arg(modelData)
            onTriggered: menu.controller.model = modelData
        }
    }
    MenuSeparator {}
    ChatMenuItem {
        text: qsTr("Manage API keys…")
        onTriggered: menu.controller.fixKey()
    }
}
