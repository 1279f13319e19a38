import QtQuick
import TtcChat

// Untrusted Markdown (a model's reply) shown read-only and selectable; SafeTextDocument parses it with HTML off,
// turns images into their alt text and keeps only http(s)/mailto links.
TextEdit {
    id: view
    property string markdown
    // What the user typed is shown as typed, not as Markdown.
    property bool plain: false
    property Theme theme
    readOnly: true
    selectByMouse: true
    selectByKeyboard: true
    activeFocusOnPress: false
    textFormat: TextEdit.PlainText
    wrapMode: TextEdit.Wrap
    color: theme ? theme.text : "black"
    selectionColor: theme ? theme.selection : "lightsteelblue"
    selectedTextColor: color
    font.pixelSize: 14
    Accessible.role: Accessible.StaticText
    Accessible.name: markdown

    SafeTextDocument {
        document: view.textDocument
        markdown: view.plain ? "" : view.markdown
        plainText: view.plain ? view.markdown : ""
        linkColor: view.theme ? view.theme.link : "blue"
    }

    HoverHandler {
        cursorShape: view.hoveredLink.length > 0 ? Qt.PointingHandCursor : Qt.IBeamCursor
    }
}
