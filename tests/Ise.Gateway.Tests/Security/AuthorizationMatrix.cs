using Ise.Events;
using Ise.Gateway.Hosting;
using Ise.Gateway.Hubs;
using static Ise.Gateway.Tests.Security.MatrixRole;
using static Ise.Gateway.Tests.Security.MatrixRow;
using static Ise.Gateway.Tests.Security.MatrixWorld;

namespace Ise.Gateway.Tests.Security;

/// <summary>
/// The authorization matrix: every root field of the GraphQL schema, every HTTP endpoint and every
/// hub method, with the callers allowed to use it; every caller not listed must be refused. A new
/// operation is one line here (the guard test fails until it is).
/// </summary>
public static class AuthorizationMatrix
{
    /// <summary>Every caller, credentials or not.</summary>
    private static readonly MatrixRole[] s_everyone = Enum.GetValues<MatrixRole>();

    /// <summary>Every caller with a valid key.</summary>
    private static readonly MatrixRole[] s_callers = [.. s_everyone.Where(r => r != Anonymous)];

    /// <summary>Who sees the SME under test in full: the secretariat, its lead partner's staff, its own member.</summary>
    private static readonly MatrixRole[] s_smeInFull = [Secretariat, PartnerOwn, MemberOwn];

    /// <summary>Who manages the SME under test: the secretariat and its lead partner's staff.</summary>
    private static readonly MatrixRole[] s_smeManagers = [Secretariat, PartnerOwn];

    private static readonly MatrixRole[] s_partnerStaff = [Secretariat, PartnerOwn, PartnerOther];

    /// <summary>Who runs the event under test: the secretariat, staff and organisers of its host partner.</summary>
    private static readonly MatrixRole[] s_eventManagers = [Secretariat, PartnerOwn, OrganiserOwn];

    /// <summary>Who checks people in at the event under test: its managers and its door staff.</summary>
    private static readonly MatrixRole[] s_atTheDoor = [.. s_eventManagers, DoorOwn];

    /// <summary>Who reads the main event's details: every caller with a key but door staff of another event.</summary>
    private static readonly MatrixRole[] s_eventReaders = [.. s_callers.Where(r => r != DoorOther)];

    /// <summary>Its managers, and the member of the SME concerned.</summary>
    private static readonly MatrixRole[] s_managersOrAttendee = [.. s_eventManagers, MemberOwn];

    /// <summary>Who follows the mechatronics cluster: the secretariat, partner staff and its members.</summary>
    private static readonly MatrixRole[] s_feedReaders = [.. s_partnerStaff, MemberOwn, MemberSameCluster];

    private const string Mechatronics = "mechatronics";

    private const string SaveDraft = "mutation($s: ID!, $input: DiagnosticDraftInput!) { saveDiagnosticDraft(smeId: $s, input: $input) { savedAt } }";

    private static readonly object DraftInput = new { version = 1, language = "FRENCH", answers = DiagnosticAnswers().Take(2).ToArray() };

    public static IReadOnlyList<MatrixRow> Rows { get; } =
    [
        // Queries
        Graph("me", "{ me { role } }", NoVariables, s_callers) with { AnonymousOutcome = MatrixOutcome.Null },
        Graph("partners", "{ partners { id } }", NoVariables, s_everyone),
        Graph("regions", "{ regions { name } }", NoVariables, s_everyone),
        Graph("sectors", "{ sectors { name } }", NoVariables, s_everyone),
        Graph("sme", "query($id: ID!) { sme(id: $id) { id name } }", Fixed(new { id = SubjectSmeId }), s_smeInFull),
        Graph("smes", "{ smes(first: 5) { totalCount } }", NoVariables, s_partnerStaff),
        Graph("event", "query($id: ID!) { event(id: $id) { id title } }", Fixed(new { id = MainEventId }), s_eventReaders),
        Graph("walkInCandidates", "query($e: ID!) { walkInCandidates(eventId: $e, name: \"Matrix\", first: 1) { id } }", Fixed(new { e = MainEventId }), s_atTheDoor),
        Graph("cluster", "{ cluster(sector: MECHATRONICS) { memberCount } }", NoVariables, s_feedReaders),
        Graph("clusters", "{ clusters { sector } }", NoVariables, [.. s_feedReaders, MemberOther]),
        Graph("events", "{ events(first: 5) { totalCount } }", NoVariables, s_callers),
        Graph("diagnosticQuestionnaire", "{ diagnosticQuestionnaire(language: FRENCH) { version } }", NoVariables, s_callers),
        Graph("guide", "{ guide(language: DUTCH) { title } }", NoVariables, s_callers),
        // The caller first saves a draft (refused alike for those who may not), so an allowed read has one to return.
        Graph("diagnosticDraft", "query($s: ID!) { diagnosticDraft(smeId: $s) { savedAt } }", async (w, role) =>
        {
            await w.Client(role).SendAsync(SaveDraft, new { s = SubjectSmeId, input = DraftInput });
            return new { s = SubjectSmeId };
        }, s_smeManagers),
        Graph("subjectAccessExport", "query($s: ID!, $c: ID!) { subjectAccessExport(smeId: $s, contactId: $c) { smeName } }",
            (w, _) => Task.FromResult<object?>(new { s = SubjectSmeId, c = w.SubjectContactId }), Secretariat),
        Graph("personalDataAudit", "{ personalDataAudit(day: \"2026-01-01\") { totalCount } }", NoVariables, Secretariat),
        Graph("indicators", "{ indicators(period: \"programme\") { period figures { indicator } } }", NoVariables, s_partnerStaff),
        Graph("reportingPeriod", "{ reportingPeriod(period: \"2026-01\") { frozen } }", NoVariables, s_partnerStaff),
        Graph("importJob", "query($id: ID!) { importJob(id: $id) { status } }", (w, _) => Task.FromResult<object?>(new { id = w.ImportJobId }), s_smeManagers),

        // Mutations: SMEs and personal data
        Graph("registerSme", "mutation($input: RegisterSmeInput!) { registerSme(input: $input) { created } }", (_, _) => Task.FromResult<object?>(new
        {
            input = new
            {
                country = "NL", companyId = TestCompanyIds.Kvk(), name = "Matrix Registered BV", region = "SOUTH_WEST_NETHERLANDS", sector = "MECHATRONICS", staffCount = 3,
                turnover = new { amount = 100_000, currency = "EUR" }, balanceSheetTotal = new { amount = 100_000, currency = "EUR" }, leadPartnerId = Owner,
            },
        }), s_smeManagers),
        Graph("addContact", "mutation($s: ID!, $c: ContactInput!) { addContact(smeId: $s, contact: $c) { id } }",
            Fixed(new { s = SubjectSmeId, c = TestSmes.Contact("Added Person", "added@example.test") }), s_smeManagers),
        Graph("mergeProvisionalSme", "mutation($p: ID!, $t: ID!) { mergeProvisionalSme(provisionalId: $p, targetId: $t) { mergedInto } }",
            async (w, _) => new { p = await w.FreshProvisionalSmeAsync(), t = await w.FreshSmeAsync() }, s_smeManagers),
        Graph("submitDiagnostic", "mutation($s: ID!, $input: SubmitDiagnosticInput!) { submitDiagnostic(smeId: $s, input: $input) { assessmentCount } }",
            Fixed(new { s = SubjectSmeId, input = new { version = 1, language = "ENGLISH", partnerId = Owner, answers = DiagnosticAnswers() } }), s_smeManagers),
        Graph("saveDiagnosticDraft", SaveDraft, Fixed(new { s = SubjectSmeId, input = DraftInput }), s_smeManagers),
        Graph("discardDiagnosticDraft", "mutation($s: ID!) { discardDiagnosticDraft(smeId: $s) }", Fixed(new { s = SubjectSmeId }), s_smeManagers),
        Graph("rectifyContact", "mutation($s: ID!, $c: ID!, $contact: ContactInput!) { rectifyContact(smeId: $s, contactId: $c, contact: $contact) { id } }",
            (w, _) => Task.FromResult<object?>(new { s = SubjectSmeId, c = w.SubjectContactId, contact = new { name = "Matrix Person", email = "person@example.test" } }), s_smeManagers),
        Graph("eraseContact", "mutation($s: ID!, $c: ID!) { eraseContact(smeId: $s, contactId: $c) { erased } }",
            async (w, _) => new { s = SubjectSmeId, c = await w.FreshContactAsync() }, Secretariat),
        Graph("freezePeriod", "mutation($p: String!) { freezePeriod(period: $p) { frozen } }",
            (_, role) => Task.FromResult<object?>(new { p = $"2025-{(int)role + 1:D2}" }), Secretariat),

        // Mutations: events (door staff of the event under test get the live event, the only one they act for)
        Graph("createEvent", "mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }", Fixed(new { input = EventInput("Matrix created event") }), s_eventManagers),
        Graph("publishEvent", "mutation($id: ID!) { publishEvent(id: $id) { status } }", async (w, role) => new { id = await EventAsync(w, role, EventStatus.Draft) }, s_eventManagers),
        Graph("startEvent", "mutation($id: ID!) { startEvent(id: $id) { status } }", async (w, role) => new { id = await EventAsync(w, role, EventStatus.Open) }, s_eventManagers),
        Graph("closeEvent", "mutation($id: ID!) { closeEvent(id: $id) { status } }", async (w, role) => new { id = await EventAsync(w, role, EventStatus.Live) }, s_eventManagers),
        Graph("recordEventHeld", "mutation($id: ID!) { recordEventHeld(id: $id) { status } }",
            async (w, role) => new { id = role == DoorOwn ? MainEventId : await w.FreshPastEventAsync() }, s_eventManagers),
        Graph("recordRetroactiveAttendance", "mutation($id: ID!, $codes: [String!]!) { recordRetroactiveAttendance(eventId: $id, codes: $codes) { recorded } }", async (w, role) =>
        {
            if (role == DoorOwn)
            {
                return new { id = MainEventId, codes = new[] { w.SubjectCode } };
            }

            var (id, noShow) = await w.FreshEventAsync(EventStatus.Closed);
            return new { id, codes = new[] { noShow! } };
        }, s_eventManagers),
        Graph("registerAttendee", "mutation($e: ID!, $s: ID!) { registerAttendee(eventId: $e, smeId: $s) { created } }",
            async (w, _) => new { e = MainEventId, s = await w.FreshSmeAsync() }, s_eventManagers),
        Graph("cancelRegistration", "mutation($code: String!) { cancelRegistration(code: $code) { status } }",
            async (w, _) => new { code = await w.FreshAttendeeCodeAsync(checkedIn: false) }, s_eventManagers),
        Graph("checkIn", "mutation($code: String!) { checkIn(code: $code) { outcome } }",
            async (w, _) => new { code = await w.FreshAttendeeCodeAsync(checkedIn: false) }, s_atTheDoor),
        Graph("undoCheckIn", "mutation($code: String!) { undoCheckIn(code: $code) { status } }",
            async (w, _) => new { code = await w.FreshAttendeeCodeAsync(checkedIn: true) }, s_atTheDoor),
        Graph("walkIn", "mutation($e: ID!, $s: ID!) { walkIn(eventId: $e, smeId: $s) { outcome } }",
            async (w, _) => new { e = MainEventId, s = await w.FreshSmeAsync() }, s_atTheDoor),
        Graph("leaveFeedback", "mutation($code: String!) { leaveFeedback(code: $code, rating: 4, comment: \"Useful\") { status } }",
            async (w, role) => new { code = role is MemberOwn or MemberSameCluster or MemberOther ? w.SubjectCode : await w.FreshAttendeeCodeAsync(checkedIn: true) }, s_managersOrAttendee),

        // Mutations: clusters and connections (the SME under test and the main event)
        Graph("joinCluster", "mutation($s: ID!) { joinCluster(smeId: $s, sector: NEW_MATERIALS) { clusters } }", async (w, _) =>
        {
            await w.SetNewMaterialsMembershipAsync(member: false);
            return new { s = SubjectSmeId };
        }, s_smeInFull),
        Graph("leaveCluster", "mutation($s: ID!) { leaveCluster(smeId: $s, sector: NEW_MATERIALS) { clusters } }", async (w, _) =>
        {
            await w.SetNewMaterialsMembershipAsync(member: true);
            return new { s = SubjectSmeId };
        }, s_smeInFull),
        Graph("postToCluster", "mutation($s: ID!) { postToCluster(sector: MECHATRONICS, smeId: $s, text: \"Matrix post\") { sequence } }",
            Fixed(new { s = SubjectSmeId }), Secretariat, MemberOwn),
        Graph("recordConnection", "mutation($e: ID!, $a: ID!, $b: ID!) { recordConnection(eventId: $e, smeId: $a, otherSmeId: $b) { status } }", async (w, _) =>
        {
            var other = await w.FreshSmeAsync();
            await w.RegisterAsync(MainEventId, other);
            return new { e = MainEventId, a = SubjectSmeId, b = other };
        }, s_managersOrAttendee),
        Graph("markConnectionMet", "mutation($id: ID!) { markConnectionMet(id: $id) { status } }",
            async (w, _) => new { id = await w.FreshConnectionAsync(met: false) }, s_managersOrAttendee),
        Graph("recordConnectionOutcome", "mutation($id: ID!) { recordConnectionOutcome(id: $id, outcome: \"deal\") { outcome } }",
            async (w, _) => new { id = await w.FreshConnectionAsync(met: true) }, s_managersOrAttendee),
        Graph("rateConnectionFollowUp", "mutation($id: ID!) { rateConnectionFollowUp(id: $id, rating: 5) { followUpRating } }",
            async (w, _) => new { id = await w.FreshConnectionAsync(met: true, withOutcome: true) }, s_managersOrAttendee),

        // Queries and mutations: API keys, trusted documents and people's accounts (the secretariat's; a person changes their own password when signed in, never by key)
        Graph("apiKeys", "{ apiKeys { id } }", NoVariables, Secretariat),
        Graph("personAccounts", "{ personAccounts { email } }", NoVariables, Secretariat),
        Graph("createApiKey", "mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key { id } } }",
            Fixed(new { input = new { name = "Matrix created key", role = "PARTNER_STAFF", scope = Owner } }), Secretariat),
        Graph("rotateApiKey", "mutation($id: ID!) { rotateApiKey(id: $id) { key { id } } }", async (w, _) => new { id = await w.FreshApiKeyAsync() }, Secretariat),
        Graph("revokeApiKey", "mutation($id: ID!) { revokeApiKey(id: $id) { status } }", async (w, _) => new { id = await w.FreshApiKeyAsync() }, Secretariat),
        Graph("createPersonAccount", "mutation($input: CreatePersonAccountInput!) { createPersonAccount(input: $input) { account { email } } }",
            (_, _) => Task.FromResult<object?>(new { input = new { email = $"matrix-{Guid.NewGuid():N}@example.test", displayName = "Matrix Person", role = "PARTNER_STAFF", scope = Owner } }), Secretariat),
        Graph("resetPersonPassword", "mutation($e: String!) { resetPersonPassword(email: $e) { account { email } } }", async (w, _) => new { e = await w.FreshPersonAsync() }, Secretariat),
        Graph("disablePersonAccount", "mutation($e: String!) { disablePersonAccount(email: $e) { email } }", async (w, _) => new { e = await w.FreshPersonAsync() }, Secretariat),
        Graph("enablePersonAccount", "mutation($e: String!) { enablePersonAccount(email: $e) { email } }", async (w, _) => new { e = await w.FreshPersonAsync() }, Secretariat),
        Graph("changePersonRole", "mutation($e: String!) { changePersonRole(email: $e, role: SECRETARIAT) { email } }", async (w, _) => new { e = await w.FreshPersonAsync() }, Secretariat),
        Graph("trustedDocuments", "{ trustedDocuments { id } }", NoVariables, Secretariat),
        Graph("registerTrustedDocument", "mutation($input: RegisterTrustedDocumentInput!) { registerTrustedDocument(input: $input) { id } }",
            (_, _) => Task.FromResult<object?>(new { input = new { name = "Matrix document", document = $"query Matrix{Guid.NewGuid():N} {{ me {{ role }} }}" } }), Secretariat),
        Graph("revokeTrustedDocument", "mutation($id: ID!) { revokeTrustedDocument(id: $id) { id } }",
            async (w, _) => new { id = await w.FreshTrustedDocumentAsync() }, Secretariat),
        Graph("changeMyPassword", "mutation { changeMyPassword(currentPassword: \"matrix-password-1\", newPassword: \"matrix-password-2\") { email } }", NoVariables),

        // HTTP endpoints
        Http("GET /api/me", Get("/api/me"), s_callers),
        Http("GET /api/indicators/{period}/figures.csv", Get("/api/indicators/programme/figures.csv"), s_partnerStaff),
        Http("GET /api/indicators/{period}/evidence.csv", Get("/api/indicators/programme/evidence.csv"), s_partnerStaff),
        Http("GET /api/indicators/{file}", Get("/api/indicators/programme.xlsx"), s_partnerStaff),
        Http("POST /api/imports/smes", (_, role) => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, "/api/imports/smes") { Content = Upload(SmeList(role)) }), s_partnerStaff),
        Http("POST /api/imports/history/events", (_, role) => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, "/api/imports/history/events") { Content = Upload(HistoryEventList(role)) }),
            [Secretariat, PartnerOwn, PartnerOther, OrganiserOwn, OrganiserOther]),
        Http("POST /api/imports/history/diagnostics", (_, role) => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, "/api/imports/history/diagnostics") { Content = Upload(HistoryDiagnosticList(role)) }),
            s_partnerStaff),
        Http("POST /api/imports/events/{eventId}/attendance", async (w, _) =>
            new HttpRequestMessage(HttpMethod.Post, $"/api/imports/events/{MainEventId}/attendance") { Content = Upload($"sme_id\n{await w.FreshSmeAsync()}\n") }, s_eventManagers),
        Http("GET /api/imports/{id}", (w, _) => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, $"/api/imports/{w.ImportJobId}")), s_smeManagers),
        Http("GET " + OperationsDashboardExtensions.Path, Get(OperationsDashboardExtensions.Path + "/"), Secretariat),

        // Hub groups
        Hub(EventHub.Path, nameof(EventHub), nameof(EventHub.Join), _ => [MainEventId], s_atTheDoor),
        Hub(EventHub.Path, nameof(EventHub), nameof(EventHub.Snapshot), _ => [MainEventId], s_atTheDoor),
        Hub(ClusterHub.Path, nameof(ClusterHub), nameof(ClusterHub.Join), _ => [Mechatronics], s_feedReaders),
        Hub(ClusterHub.Path, nameof(ClusterHub), nameof(ClusterHub.Snapshot), _ => [Mechatronics], s_feedReaders),
        Hub(ClusterHub.Path, nameof(ClusterHub), nameof(ClusterHub.History), _ => [Mechatronics, 1_000_000L], s_feedReaders),
    ];

    /// <summary>Hub methods that need no row: leaving a group reveals and changes nothing but the caller's own connection.</summary>
    public static IReadOnlySet<string> HubMethodsWithoutAccess { get; } = new HashSet<string> { "EventHub.Leave", "ClusterHub.Leave" };

    private static Func<MatrixWorld, MatrixRole, Task<HttpRequestMessage>> Get(string path) => (_, _) => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, path));

    /// <summary>A fresh event of the owner in <paramref name="status"/>; for door staff of the main event, that event.</summary>
    private static async Task<string> EventAsync(MatrixWorld world, MatrixRole role, EventStatus status) =>
        role == DoorOwn ? MainEventId : (await world.FreshEventAsync(status)).Id;
}
