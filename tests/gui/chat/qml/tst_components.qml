import QtQuick
import QtTest
import TtcChat

// The chat window's components on their own: untrusted Markdown stays text, code blocks offer Copy.
Item {
    id: root
    width: 600
    height: 400

    Component {
        id: markdownComponent
        MarkdownText { width: 500 }
    }
    Component {
        id: codeComponent
        CodeBlock { width: 500 }
    }

    TestCase {
        name: "Components"
        when: windowShown

        function test_hostileMarkdownIsText() {
            const view = createTemporaryObject(markdownComponent, root,
                {markdown: "<img src=x onerror=alert(1)> <script>alert(2)</script> ![alt text](https://example.org/a.png) [bad](javascript:alert(3)) [good](https://example.org/)"})
            verify(view)
            // The document the view shows: every tag is there as text, the image is its alt text.
            const shown = view.getText(0, view.length)
            verify(shown.indexOf("<img src=x onerror=alert(1)>") >= 0, shown)
            verify(shown.indexOf("<script>alert(2)</script>") >= 0, shown)
            verify(shown.indexOf("alt text") >= 0, shown)
            verify(shown.indexOf("https://example.org/a.png") < 0, shown)
            // Only the https link is a link.
            let links = []
            for (let x = 0; x < view.width; x += 3) {
                for (let y = 0; y < view.height; y += 3) {
                    const l = view.linkAt(x, y)
                    if (l && links.indexOf(l) < 0) links.push(l)
                }
            }
            compare(links, ["https://example.org/"])
        }

        function test_userTextIsPlain() {
            const view = createTemporaryObject(markdownComponent, root, {markdown: "**not bold**\nline two", plain: true})
            compare(view.getText(0, view.length), "**not bold**\u2029line two".replace("\u2029", "\n"))
        }

        function test_codeBlockCopies() {
            const block = createTemporaryObject(codeComponent, root, {code: "print('hi')\nx = 1", language: "python"})
            verify(block)
            const spy = createTemporaryObject(spyComponent, root, {target: block, signalName: "copyRequested"})
            const button = findChild(block, "copyCodeButton")
            verify(button)
            mouseClick(button)
            compare(spy.count, 1)
            compare(button.text, qsTr("Copied"))
        }
    }

    Component {
        id: spyComponent
        SignalSpy {}
    }
}
