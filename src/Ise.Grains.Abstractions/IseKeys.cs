using System.Globalization;
using System.Security.Cryptography;
using Ise.Indexes;
using Ise.Programme;

namespace Ise;

/// <summary>
/// Every fixed name the grains and hosts share: storage providers, configuration sections and the
/// builders of composite grain keys. Nothing else in the code spells these strings.
/// </summary>
public static class IseKeys
{
    /// <summary>The grain storage provider that holds all grain state.</summary>
    public const string StorageName = "ise";

    /// <summary>The log-consistency provider of journaled grains (custom storage over the silo's journal).</summary>
    public const string JournalProviderName = "ise-journal";

    /// <summary>The configuration section of the platform's own settings.</summary>
    public const string ConfigurationSection = "Ise";

    /// <summary>The ADO.NET invariant of the PostgreSQL driver the Orleans providers load.</summary>
    public const string PostgresInvariant = "Npgsql";

    /// <summary>Buckets per index value: members spread over them by <see cref="StableHash"/>.</summary>
    public const int IndexBucketCount = 16;

    /// <summary>
    /// Registrations (and waiting-list places) an attendance bucket is sized for. The design caps a
    /// bucket at ~256; 32 keeps each group-commit write small (a bucket's whole state is rewritten),
    /// so the bytes and time of a check-in stay the same whatever the size of the event.
    /// </summary>
    public const int RegistrationsPerBucket = 32;

    /// <summary>The key of the one API key directory of the programme.</summary>
    public const string ApiKeyDirectory = "programme";

    /// <summary>The key of the one directory of trusted documents the secretariat registers.</summary>
    public const string TrustedDocumentDirectory = "programme";

    /// <summary>Entries a page of the personal-data audit holds before it is sealed.</summary>
    public const int AuditEntriesPerPage = 256;
    /// <summary>Counter buckets per reporting period: SMEs and events spread over them by <see cref="StableHash"/>.</summary>
    public const int IndicatorBucketCount = 16;

    /// <summary>Evidence rows a counter bucket keeps before sealing them into a page grain.</summary>
    public const int IndicatorEvidencePageSize = 64;

    private const string ProvisionalMarker = "PROV-";
    private const string ProvisionalAlphabet = "ABCDEFGHJKMNPQRSTVWXYZ0123456789";

    /// <summary>An SME's key: country and normalised national company id, e.g. <c>FR-732829320</c>.</summary>
    public static string Sme(Country country, string normalisedCompanyId) => $"{country}-{normalisedCompanyId}";

    /// <summary>A fresh key for an SME without a known company id, e.g. <c>BE-PROV-7KQ2M9XW4T</c>.</summary>
    public static string NewProvisionalSme(Country country)
    {
        Span<char> chars = stackalloc char[10];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = ProvisionalAlphabet[RandomNumberGenerator.GetInt32(ProvisionalAlphabet.Length)];
        }

        return $"{country}-{ProvisionalMarker}{new string(chars)}";
    }

    /// <summary>The provisional key a registration with this idempotency key gets, so a retry finds the first result.</summary>
    public static string ProvisionalSmeFromKey(Country country, string caller, string key) =>
        $"{country}-{ProvisionalMarker}{StableRandom.Chars($"{caller}|{key}", 10, ProvisionalAlphabet)}";

    public static bool IsProvisionalSme(string smeId) =>
        smeId.Length > 3 && smeId.AsSpan(3).StartsWith(ProvisionalMarker, StringComparison.Ordinal);

    /// <summary>The country part of an SME key, when the key is well formed.</summary>
    public static bool TryCountryOfSme(string smeId, out Country country)
    {
        country = default;
        return smeId.Length > 3 && smeId[2] == '-' && Enum.TryParse(smeId.AsSpan(0, 2), ignoreCase: false, out country)
            && Enum.IsDefined(country);
    }

    public static string AttendanceBucket(string eventId, int bucket) =>
        string.Create(CultureInfo.InvariantCulture, $"{eventId}/{bucket}");

    /// <summary>A sealed page of a cluster's feed: the sector's slug and the page number from 0.</summary>
    public static string ClusterFeedPage(string sectorSlug, long page) =>
        string.Create(CultureInfo.InvariantCulture, $"{sectorSlug}/{page}");

    /// <summary>The bucket of a cluster's members that holds an SME.</summary>
    public static string ClusterMembers(string sectorSlug, string smeId) => ClusterMembersBucket(sectorSlug, StableHash.Bucket(smeId, IndexBucketCount));

    public static string ClusterMembersBucket(string sectorSlug, int bucket) =>
        string.Create(CultureInfo.InvariantCulture, $"{sectorSlug}/{bucket}");

    /// <summary>The peer group of a questionnaire version by sector or region slug, e.g. <c>1/sector/mechatronics</c>.</summary>
    public static string DiagnosticPeerGroup(int version, Diagnostics.PeerGroupKind kind, string slug) =>
        string.Create(CultureInfo.InvariantCulture, $"{version}/{kind.ToString().ToLowerInvariant()}/{slug}");

    /// <summary>One assessor's draft diagnostic of an SME: the SME's id and the assessor's name, e.g. <c>NL-52301847/jan.peeters@voka.be</c>.</summary>
    public static string DiagnosticDraft(string smeId, string assessor) => $"{smeId}/{assessor}";

    public static string IndexBucket(IndexName index, string value, int bucket) =>
        string.Create(CultureInfo.InvariantCulture, $"{index}/{value}/{bucket}");

    /// <summary>
    /// What the key of every bucket of <paramref name="index"/> whose value begins with <paramref name="valuePrefix"/>
    /// begins with (<see cref="IndexBucket"/>), e.g. <c>SmesByNameWord/acm</c>.
    /// </summary>
    public static string IndexBucketsOfValuePrefix(IndexName index, string valuePrefix) => $"{index}/{valuePrefix}";

    /// <summary>The value a bucket key of <see cref="IndexBucket"/> was built with.</summary>
    public static string ValueOfIndexBucket(string bucketKey)
    {
        var start = bucketKey.IndexOf('/', StringComparison.Ordinal) + 1;
        return bucketKey[start..bucketKey.LastIndexOf('/')];
    }

    /// <summary>The personal-data audit of a UTC day, e.g. <c>2026-03-14</c>.</summary>
    public static string PersonalDataAuditDay(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A sealed page of a day's personal-data audit, numbered from 0.</summary>
    public static string PersonalDataAuditPage(string day, long page) =>
        string.Create(CultureInfo.InvariantCulture, $"{day}/{page}");
    /// <summary>A counter bucket of a reporting period: the period's key and the bucket number.</summary>
    public static string IndicatorBucket(string periodKey, int bucket) =>
        string.Create(CultureInfo.InvariantCulture, $"{periodKey}/{bucket}");

    /// <summary>The counter bucket of a period that holds an SME's (or an event's) credits.</summary>
    public static string IndicatorBucketOf(string periodKey, string subjectId) =>
        IndicatorBucket(periodKey, StableHash.Bucket(subjectId, IndicatorBucketCount));

    /// <summary>The period key of a counter bucket's key.</summary>
    public static string PeriodOfIndicatorBucket(string bucketKey) => bucketKey[..bucketKey.LastIndexOf('/')];

    /// <summary>A sealed page of a counter bucket's evidence, numbered from 0.</summary>
    public static string IndicatorEvidencePage(string bucketKey, long page) =>
        string.Create(CultureInfo.InvariantCulture, $"{bucketKey}/{page}");

    /// <summary>
    /// The points budget of one caller: its kind (<c>key</c>, <c>person</c>, <c>address</c>) and who it is
    /// within that kind, e.g. <c>person/jan.peeters@voka.be</c>.
    /// </summary>
    public static string CallerBudget(string kind, string caller) => $"{kind}/{caller}";

    /// <summary>The key of the one directory of people's accounts.</summary>
    public const string PersonDirectory = "people";

    /// <summary>The key of the Data Protection key ring all gateways share.</summary>
    public const string DataProtectionKeyRing = "gateways";

    /// <summary>The Data Protection application name: gateways with the same name and key ring read each other's cookies.</summary>
    public const string DataProtectionApplication = "ise";

    /// <summary>Rows an import job keeps per chunk grain and applies per turn.</summary>
    public const int ImportChunkSize = 100;

    /// <summary>A new import job's key, e.g. <c>import-3f2a…</c>.</summary>
    public static string NewImportJob() => $"import-{Guid.NewGuid():N}";

    /// <summary>Whether <paramref name="id"/> has the shape of an import job's key.</summary>
    public static bool IsImportJob(string id) =>
        id.Length == 39 && id.StartsWith("import-", StringComparison.Ordinal) && Guid.TryParseExact(id.AsSpan(7), "N", out _);

    /// <summary>A slice of an import job's rows, numbered from 0.</summary>
    public static string ImportChunk(string jobId, int chunk) =>
        string.Create(CultureInfo.InvariantCulture, $"{jobId}/{chunk}");
}
