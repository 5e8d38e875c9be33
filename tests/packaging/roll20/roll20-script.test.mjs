// The Roll20 API script in packaging/roll20/ run with node against a stand-in of the parts of
// Roll20's API it uses (on, Campaign, findObjs, getObj, sendChat, playerIsGM): Roll20 itself cannot
// be reached from a test. Run: node --test tests/packaging/roll20/
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import vm from 'node:vm';

const scriptPath = new URL('../../../packaging/roll20/dnd-tracker-turnorder.js', import.meta.url);
const script = readFileSync(scriptPath, 'utf8');

const GM = 'player-gm';
const PLAYER = 'player-1';
const GM_PAGE = 'page-dungeon';
const PLAYER_PAGE = 'page-town';

// One Roll20 object: get() by property, or through a callback for a handout's text as Roll20 does.
class Roll20Object {
    constructor(props) {
        this.props = { ...props };
        this.id = props._id;
    }
    get(key, callback) {
        if (callback) {
            assert.ok(key === 'notes' || key === 'gmnotes', `asynchronous get of ${key}`);
            setImmediate(() => callback(this.props[key] ?? ''));
            return undefined;
        }
        assert.notEqual(key, 'notes', 'a handout\'s notes are only read through a callback');
        return this.props[key];
    }
    set(values) {
        Object.assign(this.props, values);
    }
}

// A campaign with a GM on the dungeon page, tokens there and elsewhere; loads the script into it
// and fires "ready".
function roll20Game({ tokens = [], handouts = [], gmLastPage = GM_PAGE } = {}) {
    const handlers = {};
    const chat = [];
    const campaign = new Roll20Object({ _id: 'root', turnorder: '[{"id":"-1","pr":1,"custom":"Old"}]',
                                        playerpageid: PLAYER_PAGE, initiativepage: false });
    const objects = [
        new Roll20Object({ _id: GM, _type: 'player', _lastpage: gmLastPage }),
        new Roll20Object({ _id: PLAYER, _type: 'player', _lastpage: '' }),
        ...tokens.map((t, i) => new Roll20Object({ _id: `token-${i}`, _type: 'graphic', _subtype: 'token', ...t })),
        ...handouts.map((h, i) => new Roll20Object({ _id: `handout-${i}`, _type: 'handout', ...h })),
    ];
    const sandbox = {
        on(event, handler) {
            (handlers[event] ??= []).push(handler);
        },
        Campaign: () => campaign,
        findObjs(query) {
            return objects.filter((o) => Object.entries(query).every(([k, v]) => o.props[k] === v));
        },
        getObj(type, id) {
            return objects.find((o) => o.props._type === type && o.id === id);
        },
        sendChat(speakingAs, message, callback, options) {
            chat.push({ speakingAs, message, options });
        },
        playerIsGM: (id) => id === GM,
    };
    vm.runInNewContext(script, sandbox, { filename: 'dnd-tracker-turnorder.js' });
    for (const handler of handlers.ready ?? []) handler();
    const say = (content, playerid = GM, type = 'api') => {
        for (const handler of handlers['chat:message'] ?? [])
            handler({ type, content, playerid, who: playerid === GM ? 'Dana (GM)' : 'Pat' });
    };
    const turnOrder = () => JSON.parse(campaign.props.turnorder);
    return { say, chat, campaign, turnOrder };
}

const exported = '[{"custom":"Mirela","id":"-1","pr":15},{"custom":"Troll 1","id":"-1","pr":18},' +
                 '{"custom":"Zara","id":"-1","pr":""}]';

test('the chat command sets the turn order, on tokens of the GM\'s page where the names match', () => {
    const game = roll20Game({ tokens: [
        { name: 'Troll 1', _pageid: GM_PAGE },
        { name: 'Mirela', _pageid: PLAYER_PAGE }, // another page: not hers
        { name: 'mirela ', _pageid: GM_PAGE },
    ] });
    game.say(`!dnd-turnorder ${exported}`);
    assert.deepEqual(game.turnOrder(), [
        { id: 'token-2', pr: 15, custom: '', _pageid: GM_PAGE },
        { id: 'token-0', pr: 18, custom: '', _pageid: GM_PAGE },
        { id: '-1', pr: '', custom: 'Zara', _pageid: GM_PAGE },
    ]);
    assert.equal(game.campaign.props.initiativepage, GM_PAGE);
    assert.equal(game.chat.length, 1);
    assert.equal(game.chat[0].message, '/w gm Turn order set: 3 entries, 2 of them on tokens of this page.');
});

test('each token takes one entry: two goblins of the same name are two turns', () => {
    const game = roll20Game({ tokens: [{ name: 'Goblin', _pageid: GM_PAGE }, { name: 'Goblin', _pageid: GM_PAGE }] });
    game.say('!dnd-turnorder [{"custom":"Goblin","id":"-1","pr":12},{"custom":"Goblin","id":"-1","pr":"7"},' +
             '{"custom":"Goblin","id":"-1","pr":3}]');
    assert.deepEqual(game.turnOrder().map((e) => [e.id, e.pr, e.custom]),
                     [['token-0', 12, ''], ['token-1', '7', ''], ['-1', 3, 'Goblin']]);
});

test('chat text with HTML entities for the quotes is read', () => {
    const game = roll20Game();
    game.say('!dnd-turnorder [{&quot;custom&quot;:&quot;Troll &amp; Son&quot;,&quot;id&quot;:&quot;-1&quot;,&quot;pr&quot;:9}]');
    assert.deepEqual(game.turnOrder(), [{ id: '-1', pr: 9, custom: 'Troll & Son', _pageid: GM_PAGE }]);
});

test('bad input leaves the turn order alone and tells the GM why', () => {
    const cases = [
        ['!dnd-turnorder [{"custom":"Troll"', /not valid JSON/],
        ['!dnd-turnorder {"custom":"Troll","pr":3}', /must be a JSON list/],
        ['!dnd-turnorder []', /holds no combatant/],
        ['!dnd-turnorder [{"custom":"Troll","pr":"high"}]', /^\/w gm Turn order not changed\. Entry 1: "pr"/],
        ['!dnd-turnorder [{"custom":"Troll","pr":3},{"pr":3}]', /Entry 2: "custom"/],
        ['!dnd-turnorder [{"custom":"   ","pr":3}]', /Entry 1: "custom"/],
        ['!dnd-turnorder [{"custom":"Troll","pr":3,"id":"-Mabc"}]', /Entry 1: "id" must be "-1"/],
        ['!dnd-turnorder [3]', /Entry 1: not an object/],
        ['!dnd-turnorder [{"custom":"<b>Troll</b>","pr":{}}]', /Entry 1: "pr"/],
        [`!dnd-turnorder ${JSON.stringify(Array.from({ length: 201 }, () => ({ custom: 'Rat', pr: 1 })))}`,
         /201 entries; at most 200/],
    ];
    for (const [content, expected] of cases) {
        const game = roll20Game();
        const before = game.campaign.props.turnorder;
        game.say(content);
        assert.equal(game.campaign.props.turnorder, before, content);
        assert.equal(game.chat.length, 1, content);
        assert.match(game.chat[0].message, expected, content);
        assert.ok(game.chat[0].message.startsWith('/w gm '), content);
    }
});

test('a name is escaped in the whisper, never sent to the chat as HTML', () => {
    const game = roll20Game();
    game.say('!dnd-turnorder <img src=x onerror=alert(1)>');
    assert.equal(game.chat.length, 1);
    assert.ok(!game.chat[0].message.includes('<img'), game.chat[0].message);
});

test('only the GM may set it; a player is told so and nothing changes', () => {
    const game = roll20Game();
    const before = game.campaign.props.turnorder;
    game.say(`!dnd-turnorder ${exported}`, PLAYER);
    assert.equal(game.campaign.props.turnorder, before);
    assert.deepEqual(game.chat.map((c) => c.message),
                     ['/w "Pat" Only the game master can set the turn order from D&amp;D Encounter Tracker.']);
});

test('other messages are left alone', () => {
    const game = roll20Game();
    const before = game.campaign.props.turnorder;
    game.say(`!dnd-turnorder ${exported}`, GM, 'general');
    game.say('!dnd-turnorderly', GM);
    game.say('!roll 1d20', GM);
    assert.equal(game.campaign.props.turnorder, before);
    assert.equal(game.chat.length, 0);
});

test('without an argument it reads the handout, notes first, then the GM notes', async () => {
    const game = roll20Game({ handouts: [{ name: 'DnD Tracker turn order',
        notes: `<p>${exported.replace(/"/g, '&quot;').replace('},{', '},<br>{')}</p>` }] });
    game.say('!dnd-turnorder');
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(game.turnOrder().map((e) => e.custom), ['Mirela', 'Troll 1', 'Zara']);
    assert.equal(game.turnOrder()[0]._pageid, GM_PAGE);

    const gmOnly = roll20Game({ handouts: [{ name: 'DnD Tracker turn order', notes: '<p></p>',
                                             gmnotes: '[{"custom":"Secret","id":"-1","pr":2}]' }] });
    gmOnly.say('!dnd-turnorder');
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(gmOnly.turnOrder(), [{ id: '-1', pr: 2, custom: 'Secret', _pageid: GM_PAGE }]);
});

test('without an argument and without the handout the GM is told how to give it', () => {
    const game = roll20Game();
    const before = game.campaign.props.turnorder;
    game.say('!dnd-turnorder');
    assert.equal(game.campaign.props.turnorder, before);
    assert.match(game.chat[0].message, /^\/w gm Turn order not changed\..*handout named "DnD Tracker turn order"/);
});

test('a GM whose page Roll20 does not know gets the players\' page', () => {
    const tokens = [{ name: 'Zara', _pageid: PLAYER_PAGE }];
    const known = roll20Game({ tokens });
    known.say('!dnd-turnorder [{"custom":"Zara","id":"-1","pr":4}]');
    // The GM is on the dungeon page: Zara's token in town is not taken.
    assert.deepEqual(known.turnOrder(), [{ id: '-1', pr: 4, custom: 'Zara', _pageid: GM_PAGE }]);

    const unknown = roll20Game({ tokens, gmLastPage: '' });
    unknown.say('!dnd-turnorder [{"custom":"Zara","id":"-1","pr":4}]');
    assert.deepEqual(unknown.turnOrder(), [{ id: 'token-0', pr: 4, custom: '', _pageid: PLAYER_PAGE }]);
    assert.equal(unknown.campaign.props.initiativepage, PLAYER_PAGE);
});
