// DnD Tracker turn order: a Roll20 API (Mod) script that sets the campaign's turn order from the
// initiative order D&D Encounter Tracker exports ("Roll20 turn order" format, or "Copy for Roll20").
//
// Use (game master only):
//   !dnd-turnorder [{"custom":"Troll 1","id":"-1","pr":18}, ...]
//       pasted into the chat as "Copy for Roll20" puts it on the clipboard;
//   !dnd-turnorder
//       reads the handout named "DnD Tracker turn order" (the exported file pasted into its notes).
// Entries whose name matches a token on the page the game master is on become that token's turn;
// the others stay custom entries. Anything that is not a valid turn order is refused with a
// whisper to the game master, and the turn order is left as it was.
/* global on, Campaign, findObjs, getObj, sendChat, playerIsGM */
var DndTrackerTurnOrder = (function () {
    'use strict';

    var COMMAND = '!dnd-turnorder';
    var HANDOUT_NAME = 'DnD Tracker turn order';
    var SPEAKER = 'DnD Tracker';
    var MAX_ENTRIES = 200;
    var MAX_NAME_LENGTH = 200;

    function escapeHtml(text) {
        return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    }

    function whisperGm(text) {
        sendChat(SPEAKER, '/w gm ' + escapeHtml(text), null, { noarchive: true });
    }

    function whisperTo(who, text) {
        var name = String(who || '').replace(/ \(GM\)$/, '').replace(/"/g, '');
        sendChat(SPEAKER, '/w "' + name + '" ' + escapeHtml(text), null, { noarchive: true });
    }

    // Roll20 hands chat text and handout notes over with HTML in them: tags (handout paragraphs,
    // line breaks) and entities for quotes and the like.
    function stripHtml(text) {
        return String(text)
            .replace(/<br\s*\/?>/gi, '\n')
            .replace(/<[^>]*>/g, '')
            .replace(/&nbsp;/g, ' ')
            .replace(/&quot;/g, '"')
            .replace(/&#0*39;|&apos;/g, "'")
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&amp;/g, '&');
    }

    function isNumericText(text) {
        return /^\s*-?\d+(\.\d+)?\s*$/.test(text);
    }

    // The entries of a turn order, or {error} saying what is wrong with the text.
    function parseTurnOrder(text) {
        var source = String(text || '').trim();
        if (!source)
            return { error: 'No turn order given: paste the export after ' + COMMAND +
                     ', or put it in the notes of a handout named "' + HANDOUT_NAME + '".' };
        var parsed;
        try {
            parsed = JSON.parse(source);
        } catch (first) {
            try {
                parsed = JSON.parse(stripHtml(source).trim());
            } catch (second) {
                return { error: 'The turn order is not valid JSON (' + second.message + ').' };
            }
        }
        if (!Array.isArray(parsed))
            return { error: 'The turn order must be a JSON list of entries.' };
        if (parsed.length === 0)
            return { error: 'The turn order holds no combatant.' };
        if (parsed.length > MAX_ENTRIES)
            return { error: 'The turn order holds ' + parsed.length + ' entries; at most ' + MAX_ENTRIES + ' are taken.' };
        var entries = [];
        for (var i = 0; i < parsed.length; ++i) {
            var entry = parsed[i];
            var where = 'Entry ' + (i + 1) + ': ';
            if (entry === null || typeof entry !== 'object' || Array.isArray(entry))
                return { error: where + 'not an object.' };
            if (entry.id !== undefined && entry.id !== '-1')
                return { error: where + '"id" must be "-1" (a custom entry).' };
            if (typeof entry.custom !== 'string' || !entry.custom.trim())
                return { error: where + '"custom" must be the combatant\'s name.' };
            if (entry.custom.length > MAX_NAME_LENGTH)
                return { error: where + 'the name is longer than ' + MAX_NAME_LENGTH + ' characters.' };
            var pr = entry.pr;
            var numeric = (typeof pr === 'number' && isFinite(pr)) ||
                          (typeof pr === 'string' && (pr.trim() === '' || isNumericText(pr)));
            if (!numeric)
                return { error: where + '"pr" (the initiative) must be a number, or empty when not rolled.' };
            entries.push({ name: entry.custom.trim(), pr: pr });
        }
        return { entries: entries };
    }

    // The page the game master looks at; the players' page when Roll20 does not say.
    function currentPageId(playerId) {
        var player = getObj('player', playerId);
        var lastPage = player && player.get('_lastpage');
        return lastPage || Campaign().get('playerpageid');
    }

    // Roll20's turn order from the entries: a token of the same name on the page (each token once)
    // takes the entry by its id, the rest stay custom entries.
    function buildTurnOrder(entries, pageId) {
        var tokens = findObjs({ _type: 'graphic', _subtype: 'token', _pageid: pageId }) || [];
        var used = {};
        var matched = 0;
        var turnOrder = entries.map(function (entry) {
            var wanted = entry.name.toLowerCase();
            var token = tokens.find(function (candidate) {
                return !used[candidate.id] && String(candidate.get('name') || '').trim().toLowerCase() === wanted;
            });
            if (token) {
                used[token.id] = true;
                matched += 1;
                return { id: token.id, pr: entry.pr, custom: '', _pageid: pageId };
            }
            return { id: '-1', pr: entry.pr, custom: entry.name, _pageid: pageId };
        });
        return { turnOrder: turnOrder, matched: matched };
    }

    function apply(text, playerId) {
        var parsed = parseTurnOrder(text);
        if (parsed.error) {
            whisperGm('Turn order not changed. ' + parsed.error);
            return;
        }
        var pageId = currentPageId(playerId);
        var built = buildTurnOrder(parsed.entries, pageId);
        Campaign().set({ turnorder: JSON.stringify(built.turnOrder), initiativepage: pageId });
        whisperGm('Turn order set: ' + built.turnOrder.length + ' entries, ' + built.matched +
                  ' of them on tokens of this page.');
    }

    function fromHandout(playerId) {
        var handout = (findObjs({ _type: 'handout', name: HANDOUT_NAME }) || [])[0];
        if (!handout) {
            whisperGm('Turn order not changed. Paste the export after ' + COMMAND +
                      ', or make a handout named "' + HANDOUT_NAME + '" with the export in its notes.');
            return;
        }
        // A handout's text is only handed out through a callback.
        handout.get('notes', function (notes) {
            if (stripHtml(notes || '').trim()) {
                apply(notes, playerId);
                return;
            }
            handout.get('gmnotes', function (gmNotes) {
                apply(gmNotes, playerId);
            });
        });
    }

    function handleChat(msg) {
        if (msg.type !== 'api')
            return;
        var content = String(msg.content || '');
        if (content !== COMMAND && content.indexOf(COMMAND + ' ') !== 0)
            return;
        if (!playerIsGM(msg.playerid)) {
            whisperTo(msg.who, 'Only the game master can set the turn order from D&D Encounter Tracker.');
            return;
        }
        var argument = content.slice(COMMAND.length).trim();
        if (argument)
            apply(argument, msg.playerid);
        else
            fromHandout(msg.playerid);
    }

    function register() {
        on('chat:message', handleChat);
    }

    return { register: register, parseTurnOrder: parseTurnOrder, buildTurnOrder: buildTurnOrder };
})();

on('ready', function () {
    'use strict';
    DndTrackerTurnOrder.register();
});
