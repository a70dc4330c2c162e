using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Ise.Diagnostics;
using Ise.Events;
using Ise.Gateway.Security;

namespace Ise.Gateway.Tests.Security;

/// <summary>
/// The data the authorization matrix runs against, made through the API by the secretariat: an SME
/// under test led by <see cref="Owner"/> (with a contact, in the mechatronics cluster), another member
/// of that cluster, an SME in no cluster, a live event hosted by <see cref="Owner"/> and an import job
/// started by the owner's staff. Mutations get fresh data per caller from the helpers here.
/// </summary>
public sealed class MatrixWorld
{
    public const string Owner = "aditec";
    public const string OtherPartner = "kent-county-council";
    public const string SubjectSmeId = "NL-41000001";
    public const string ClustermateSmeId = "NL-41000002";
    public const string OutsiderSmeId = "NL-41000003";

    /// <summary>The live event under test; its id is known before the gateway starts, so a door-staff key can be scoped to it.</summary>
    public static readonly string MainEventId = EventIds.FromIdempotencyKey(
        DevelopmentApiKeys.All.Single(k => k.Key == "dev-secretariat").Entry.Name, MainEventKey);

    private const string MainEventKey = "authorization-matrix-main-event";

    private const string CreateEvent = "mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }";

    private readonly Func<HttpClient> _http;
    private int _events;

    private MatrixWorld(Func<HttpClient> http, Uri address)
    {
        _http = http;
        Address = address;
        Secretariat = Client(MatrixRole.Secretariat);
    }

    /// <summary>The keys the gateway is configured with for callers the development keys do not cover.</summary>
    public static IReadOnlyList<(string Key, string Role, string Scope)> ConfiguredKeys { get; } =
    [
        ("matrix-organiser-aditec", "EventOrganiser", Owner),
        ("matrix-door-main-event", "DoorStaff", MainEventId),
        ("matrix-member-subject", "ClusterMember", SubjectSmeId),
        ("matrix-member-clustermate", "ClusterMember", ClustermateSmeId),
        ("matrix-member-outsider", "ClusterMember", OutsiderSmeId),
    ];

    public Uri Address { get; }

    public GraphQLClient Secretariat { get; }

    /// <summary>The id of the contact held for the SME under test.</summary>
    public string SubjectContactId { get; private set; } = "";

    /// <summary>An import job started by the owner's staff.</summary>
    public string ImportJobId { get; private set; } = "";

    /// <summary>The attendee code of the SME under test at the main event (checked in).</summary>
    public string SubjectCode { get; private set; } = "";

    public static string? KeyOf(MatrixRole role) => role switch
    {
        MatrixRole.Anonymous => null,
        MatrixRole.Secretariat => "dev-secretariat",
        MatrixRole.PartnerOwn => "dev-partner-aditec",
        MatrixRole.PartnerOther => "dev-partner-kcc",
        MatrixRole.OrganiserOwn => "matrix-organiser-aditec",
        MatrixRole.OrganiserOther => "dev-organiser-voka-east",
        MatrixRole.DoorOwn => "matrix-door-main-event",
        MatrixRole.DoorOther => "dev-door-workshop",
        MatrixRole.MemberOwn => "matrix-member-subject",
        MatrixRole.MemberSameCluster => "matrix-member-clustermate",
        MatrixRole.MemberOther => "matrix-member-outsider",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    public static async Task<MatrixWorld> CreateAsync(Func<HttpClient> http)
    {
        using var probe = http();
        var world = new MatrixWorld(http, probe.BaseAddress!);
        await world.SetUpAsync();
        return world;
    }

    public GraphQLClient Client(MatrixRole role) => new(_http(), KeyOf(role));

    public HttpClient Http(MatrixRole role)
    {
        var http = _http();
        if (KeyOf(role) is { } key)
        {
            http.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        return http;
    }

    /// <summary>A fresh registered SME (Dutch, mechatronics) led by <paramref name="lead"/>.</summary>
    public Task<string> FreshSmeAsync(string lead = Owner) => TestSmes.RegisterAsync(Secretariat, lead);

    /// <summary>A fresh provisional SME (no company id) led by the owner.</summary>
    public async Task<string> FreshProvisionalSmeAsync()
    {
        var input = SmeInput(null, "Provisional firm", Owner, []);
        return (await Secretariat.DataAsync("mutation($input: RegisterSmeInput!) { registerSme(input: $input) { sme { id } } }", new { input }))["registerSme"]!["sme"]!["id"]!.GetValue<string>();
    }

    /// <summary>A fresh event hosted by the owner, moved on to <paramref name="status"/>; closing leaves one registered SME as a no-show.</summary>
    public async Task<(string Id, string? NoShowCode)> FreshEventAsync(EventStatus status)
    {
        var id = (await Secretariat.DataAsync(CreateEvent, new { input = EventInput($"Matrix event {Interlocked.Increment(ref _events)}") }))["createEvent"]!["id"]!.GetValue<string>();
        string? noShow = null;
        if (status >= EventStatus.Open)
        {
            await Secretariat.DataAsync("mutation($id: ID!) { publishEvent(id: $id) { id } }", new { id });
        }

        if (status == EventStatus.Closed)
        {
            noShow = await RegisterAsync(id, await FreshSmeAsync());
        }

        if (status >= EventStatus.Live)
        {
            await Secretariat.DataAsync("mutation($id: ID!) { startEvent(id: $id) { id } }", new { id });
        }

        if (status == EventStatus.Closed)
        {
            await Secretariat.DataAsync("mutation($id: ID!) { closeEvent(id: $id) { id } }", new { id });
        }

        return (id, noShow);
    }

    /// <summary>A fresh event of 2019 hosted by the owner, published and never run: one to record as held.</summary>
    public async Task<string> FreshPastEventAsync()
    {
        var id = (await Secretariat.DataAsync(CreateEvent, new { input = EventInput($"Matrix past event {Interlocked.Increment(ref _events)}", "2019-05-06") }))["createEvent"]!["id"]!.GetValue<string>();
        await Secretariat.DataAsync("mutation($id: ID!) { publishEvent(id: $id) { id } }", new { id });
        return id;
    }

    /// <summary>Registers an SME for an event; returns its attendee code.</summary>
    public Task<string> RegisterAsync(string eventId, string smeId) => ApiScenario.RegisterAsync(Secretariat, eventId, smeId);

    /// <summary>A fresh SME registered for the main event; checked in when <paramref name="checkedIn"/>.</summary>
    public async Task<string> FreshAttendeeCodeAsync(bool checkedIn)
    {
        var code = await RegisterAsync(MainEventId, await FreshSmeAsync());
        if (checkedIn)
        {
            await Secretariat.DataAsync(ApiScenario.CheckIn, new { code });
        }

        return code;
    }

    /// <summary>A fresh connection at the main event between the SME under test and a fresh attendee, taken as far as <paramref name="met"/> and <paramref name="withOutcome"/> say.</summary>
    public async Task<string> FreshConnectionAsync(bool met, bool withOutcome = false)
    {
        var other = await FreshSmeAsync();
        await RegisterAsync(MainEventId, other);
        var id = (await Secretariat.DataAsync("mutation($e: ID!, $a: ID!, $b: ID!) { recordConnection(eventId: $e, smeId: $a, otherSmeId: $b) { id } }",
            new { e = MainEventId, a = SubjectSmeId, b = other }))["recordConnection"]!["id"]!.GetValue<string>();
        if (met)
        {
            await Secretariat.DataAsync("mutation($id: ID!) { markConnectionMet(id: $id) { id } }", new { id });
        }

        if (withOutcome)
        {
            await Secretariat.DataAsync("mutation($id: ID!) { recordConnectionOutcome(id: $id, outcome: \"follow-up planned\") { id } }", new { id });
        }

        return id;
    }

    /// <summary>A fresh contact of the SME under test; returns its id.</summary>
    public async Task<string> FreshContactAsync() =>
        (await Secretariat.DataAsync("mutation($s: ID!, $c: ContactInput!) { addContact(smeId: $s, contact: $c) { id } }",
            new { s = SubjectSmeId, c = TestSmes.Contact("Matrix Contact", "contact@example.test") }))["addContact"]!["id"]!.GetValue<string>();

    /// <summary>A fresh directory API key of the owner's staff; returns its id.</summary>
    public async Task<string> FreshApiKeyAsync() =>
        (await Secretariat.DataAsync("mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key { id } } }",
            new { input = new { name = "Matrix key", role = "PARTNER_STAFF", scope = Owner } }))["createApiKey"]!["key"]!["id"]!.GetValue<string>();

    /// <summary>A fresh person's account of the owner's staff; returns its email.</summary>
    public async Task<string> FreshPersonAsync()
    {
        var email = $"matrix-{Guid.NewGuid():N}@example.test";
        await Secretariat.DataAsync("mutation($input: CreatePersonAccountInput!) { createPersonAccount(input: $input) { password } }",
            new { input = new { email, displayName = "Matrix Person", role = "PARTNER_STAFF", scope = Owner } });
        return email;
    }

    /// <summary>A trusted document registered by the secretariat for the caller to revoke: its id.</summary>
    public async Task<string> FreshTrustedDocumentAsync()
    {
        var data = await Secretariat.DataAsync("mutation($input: RegisterTrustedDocumentInput!) { registerTrustedDocument(input: $input) { id } }",
            new { input = new { name = "Matrix revocation", document = $"query Revoke{Guid.NewGuid():N} {{ me {{ role }} }}" } });
        return data["registerTrustedDocument"]!["id"]!.GetValue<string>();
    }

    /// <summary>Makes the SME under test a member of the new-materials cluster, or not, whatever it was.</summary>
    public async Task SetNewMaterialsMembershipAsync(bool member)
    {
        var clusters = (await Secretariat.DataAsync("query($id: ID!) { sme(id: $id) { clusters } }", new { id = SubjectSmeId }))["sme"]!["clusters"]!.AsArray();
        if (clusters.Any(c => c!.GetValue<string>() == "NEW_MATERIALS") != member)
        {
            await Secretariat.DataAsync($"mutation($s: ID!) {{ {(member ? "joinCluster" : "leaveCluster")}(smeId: $s, sector: NEW_MATERIALS) {{ id }} }}", new { s = SubjectSmeId });
        }
    }

    /// <summary>A complete set of diagnostic answers (every question answered 3).</summary>
    public static object[] DiagnosticAnswers() => [.. DiagnosticCatalog.Embedded.Get(1).Questions.Select(q => new { questionId = q.Id, value = 3 })];

    /// <summary>A multipart upload of <paramref name="csv"/> in the field the import endpoints read.</summary>
    public static HttpContent Upload(string csv)
    {
        var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(part, "file", "matrix.csv");
        return content;
    }

    /// <summary>A one-row SME list: partner staff leave the lead partner empty (their own), the secretariat names the owner.</summary>
    public static string SmeList(MatrixRole role) =>
        $"country,company_id,name,region,sector,staff,turnover,balance_sheet,lead_partner\nNL,{TestCompanyIds.Kvk()},Imported BV,South-West Netherlands,Mechatronics,5,100000,100000,{(role == MatrixRole.Secretariat ? Owner : "")}\n";

    /// <summary>A one-row list of past events with a fresh reference: partner staff and organisers leave the host partner empty (their own), the secretariat names the owner.</summary>
    public static string HistoryEventList(MatrixRole role) =>
        $"reference,kind,host_partner,region,sectors,title,date,start,end,venue,capacity\nmatrix-{Guid.NewGuid():N},taster-session,{(role == MatrixRole.Secretariat ? Owner : "")},Hauts-de-France,Mechatronics,Matrix past taster,2019-06-04,09:30,12:00,Lille,20\n";

    /// <summary>A one-row list of past assessments of an unregistered firm (the job rejects the row; the endpoint's answer is what is probed): the secretariat names the owner.</summary>
    public static string HistoryDiagnosticList(MatrixRole role) =>
        $"country,company_id,date,partner,version,strategy\nNL,{TestCompanyIds.Kvk()},2019-06-04,{(role == MatrixRole.Secretariat ? Owner : "")},1,50\n";

    public static object EventInput(string title, string day = "2031-05-06") => new
    {
        title, kind = "SECTOR_WORKSHOP", hostPartnerId = Owner, region = "HAUTS_DE_FRANCE", sectors = new[] { "MECHATRONICS" },
        startsAtLocal = day + "T09:30:00", endsAtLocal = day + "T17:00:00", venue = "Lille", capacity = 500,
    };

    private static object SmeInput(string? companyId, string name, string lead, object[] contacts) => new
    {
        contacts,
        country = "NL", companyId, name, region = "SOUTH_WEST_NETHERLANDS", sector = "MECHATRONICS", staffCount = 12,
        turnover = new { amount = 1_500_000, currency = "EUR" }, balanceSheetTotal = new { amount = 900_000, currency = "EUR" }, leadPartnerId = lead,
    };

    private async Task SetUpAsync()
    {
        const string register = "mutation($input: RegisterSmeInput!) { registerSme(input: $input) { sme { id } } }";
        await Secretariat.DataAsync(register, new { input = SmeInput("41000001", "Matrix Subject BV", Owner, [TestSmes.Contact("Matrix Person", "person@example.test")]) });
        await Secretariat.DataAsync(register, new { input = SmeInput("41000002", "Matrix Clustermate BV", Owner, []) });
        await Secretariat.DataAsync(register, new { input = SmeInput("41000003", "Matrix Outsider BV", OtherPartner, []) });
        await ApiScenario.JoinMechatronicsAsync(Secretariat, SubjectSmeId);
        await ApiScenario.JoinMechatronicsAsync(Secretariat, ClustermateSmeId);
        SubjectContactId = (await Secretariat.DataAsync("query($id: ID!) { sme(id: $id) { contacts { id } } }", new { id = SubjectSmeId }))["sme"]!["contacts"]![0]!["id"]!.GetValue<string>();

        var created = await Secretariat.DataAsync("mutation($input: CreateEventInput!, $key: String) { createEvent(input: $input, idempotencyKey: $key) { id } }",
            new { input = EventInput("Matrix main event"), key = MainEventKey });
        if (created["createEvent"]!["id"]!.GetValue<string>() != MainEventId)
        {
            throw new InvalidOperationException("The main event did not get the id the door-staff key is scoped to.");
        }

        await Secretariat.DataAsync("mutation($id: ID!) { publishEvent(id: $id) { id } }", new { id = MainEventId });
        await RegisterAsync(MainEventId, ClustermateSmeId);
        SubjectCode = await RegisterAsync(MainEventId, SubjectSmeId);
        await Secretariat.DataAsync("mutation($id: ID!) { startEvent(id: $id) { id } }", new { id = MainEventId });
        await Secretariat.DataAsync(ApiScenario.CheckIn, new { code = SubjectCode });

        using var owner = Http(MatrixRole.PartnerOwn);
        using var upload = Upload(SmeList(MatrixRole.PartnerOwn));
        using var started = await owner.PostAsync(new Uri("/api/imports/smes", UriKind.Relative), upload);
        ImportJobId = JsonNode.Parse(await started.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
    }
}
