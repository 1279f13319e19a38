#pragma once

// The pages of the browser window test (kept out of the test's source: moc does not read raw strings well).
#include <QByteArray>

inline QByteArray indexPage()
{
    return R"HTML(<!doctype html><html><head><title>Links</title><style>
body { font: 20px sans-serif; margin: 30px; }
a { display: inline-block; margin: 14px 0; padding: 4px; }
p { margin: 0; }
</style></head><body>
<p><a id="article" href="/article">Read the loopback article</a> <a id="iconpage" href="/iconpage">Icon</a>
<a id="brokenicon" href="/brokenicon">Broken icon</a> <a id="hugeicon" href="/hugeicon">Huge icon</a></p>
<p><a id="js" href="javascript:void(0)">Script link</a></p>
<p><a id="mail" href="mailto:someone@example.org">Mail link</a></p>
<p><a id="anchor" href="#section">Same-page anchor</a></p>
<p><a id="file" href="file:///etc/hostname">File link</a></p>
<p><a id="data" href="data:text/html,hello">Data link</a></p>
<p><a id="hostile" href="/hostile">A page with a hostile title</a></p>
<p id="blank" style="height: 60px">Plain text, no link here. Find me: needle needle needle.</p>
<iframe id="frame" src="/framed" title="Links in a frame"
        style="position: absolute; left: 560px; top: 240px; width: 380px; height: 160px; border: 5px solid #999"></iframe>
<div style="height: 3000px"></div>
<h2 id="section">Section</h2>
</body></html>)HTML";
}

// The page indexPage() frames: a link well inside it, so that frame-relative and page coordinates differ.
inline QByteArray framedPage()
{
    return R"HTML(<!doctype html><title>Framed</title><body style="font: 18px sans-serif; margin: 30px 0 0 70px">
<p><a id="inner" href="/article?from=frame">The article, from a frame</a></p>
<p><a id="part" href="#part">A part of this frame</a></p>
</body>)HTML";
}

// The resource bot's page: links of every group (%1: another loopback site, the same server under "localhost").
inline QByteArray resourcePage(const QByteArray &otherSite)
{
    QByteArray html = R"HTML(<!doctype html><html><head><title>Resource Page</title></head><body>
<h1>Field notes on loopback gardening</h1>
<article>
<p>Loopback gardening is the practice of growing small test servers on the local machine. Every gardener starts
with a single port and waits for the first request to sprout. The soil is made of sockets and patience.</p>
<p>Experienced gardeners prune their handlers weekly. They keep the responses short and the headers tidy, because
a tidy header grows a healthy page. Watering happens through carefully measured timeouts.</p>
<p>The harvest comes when the browser finally renders the page. A good gardener then writes down what worked and
shares the notes with the neighbours across the local network.</p>
</article>
<ul>
<li><a href="/files/manual.pdf">The gardening manual</a></li>
<li><a href="/files/notes.md">Plain notes</a></li>
<li><a href="/files/seeds.tar.gz">Seed archive</a></li>
<li><a href="/files/installer.deb">Installer package</a></li>
<li><a href="/media/garden.png">Garden photo</a></li>
<li><a href="/media/birds.ogg">Bird song</a></li>
<li><a href="%OTHER%/elsewhere">Another gardener's site</a></li>
<li><a href="/article">Read the loopback article</a></li>
<li><a href="/article#top">The article again, with an anchor</a></li>
<li><a href="javascript:void(0)">Script link</a></li>
<li><a href="mailto:someone@example.org">Mail link</a></li>
</ul>
<iframe src="/frame" title="Contents"></iframe>
<iframe src="%OTHER%/frame" title="Another site's contents"></iframe>
</body></html>)HTML";
    html.replace("%OTHER%", otherSite);
    return html;
}

// The frame resourcePage() embeds, from its own site and from the other one: the bot reads the first only.
inline QByteArray resourceFramePage()
{
    return R"HTML(<!doctype html><title>Contents</title><ul>
<li><a href="/files/frame-guide.pdf">Guide listed in a frame</a></li>
</ul>)HTML";
}
