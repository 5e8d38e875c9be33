#pragma once

#include "http/ApiTypes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace dnd::server::web {

// One of the service's own HTML pages. Everything it needs is inline (the shared stylesheet, an
// optional script), so a page makes no further request and works without any outside host; the
// Content-Security-Policy allows exactly those inline parts by their hashes.
struct WebPage {
    enum class Tone { Neutral, Success, Failure };

    QString title;    // plain text: the tab title and the heading
    QString bodyHtml; // HTML under the heading; escape what comes from outside with escape()
    Tone tone = Tone::Neutral;
    QByteArray script;            // optional inline script (JavaScript), allowed by its hash
    QString connectSrc;           // optional CSP connect-src sources (e.g. the WebSocket's "'self'")
    bool wide = false;            // the whole window's width (the player view on a TV), not a narrow card
    QString headHtml{};           // optional elements for <head> (the player view's manifest and icons)
    QStringList moreDirectives{}; // optional CSP directives, e.g. "worker-src 'self'"

    // The whole document.
    QByteArray html() const;
    // The Content-Security-Policy that allows this page's inline style and script and nothing else
    // (forms may post to this service only).
    QByteArray contentSecurityPolicy() const;
    // A complete answer: the status, text/html, and the page's own policy.
    ApiReply reply(int status = 200) const;
};

// Text made safe to put inside HTML elements and attribute values.
QString escape(const QString& text);
// A paragraph of plain text.
QString paragraph(const QString& text, const QString& cssClass = {});
// The shared stylesheet (pages.css).
const QByteArray& stylesheet();

} // namespace dnd::server::web
