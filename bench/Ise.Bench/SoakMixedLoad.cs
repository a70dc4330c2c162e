using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Ise.Testing;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace Ise.Bench;

/// <summary>
/// SOAK (issue 22): a mixed load on a two-silo cluster (<see cref="SoakCluster"/>) for 10 minutes (1 in
/// quick mode). Door apps check attendees in at six live events and undo wrong scans (half the
/// registrations inside at any time, so the working set stays the same); partner systems read SME pages,
/// event statistics and the indicators; a partner re-imports its list of SMEs every 30 s; dashboards
/// watch every event live. Each host's resident memory and the undelivered outbox are sampled.
/// The figure is the largest growth of one host's memory from the end of the warm-up (a fifth of the
/// run) to the end (value: MiB over the last tenth; baseline: MiB over the tenth after the warm-up),
/// met when it is at most 1.1 and no host logged an error, the outbox emptied, no request failed and
/// every event's checked-in count is what was acknowledged.
/// </summary>
public static class SoakMixedLoad
{
    private const int Events = 6;
    private const int Smes = 300;
    private const int Doors = 4;
    private const int Readers = 2;
    private const int Dashboards = 3;
    private const string SmeHeader = "Country;Company ID;Company name;Région;Sector;Employees;Turnover;Balance sheet total;Currency;Lead partner";

    public static async Task<Figure> RunAsync(BenchOptions options)
    {
        var duration = options.Quick ? TimeSpan.FromMinutes(1) : TimeSpan.FromMinutes(10);
        var warmUp = duration / 5;
        var window = duration / 10;
        var importEvery = options.Quick ? TimeSpan.FromSeconds(15) : TimeSpan.FromSeconds(30);
        var sampleEvery = options.Quick ? TimeSpan.FromSeconds(2) : TimeSpan.FromSeconds(5);

        Console.WriteLine("SOAK: starting two silos and a gateway in cluster mode...");
        await using var cluster = await SoakCluster.StartAsync(options.PostgresServer);
        using var http = cluster.Client();
        var api = new GraphQLClient(http, apiKey: null);
        var outbox = new OutboxProbe(cluster.Database);

        Console.WriteLine($"SOAK: importing {Smes} SMEs, creating {Events} live events, registering every SME for each...");
        var list = SmeList(out var smeIds);
        var firstImport = await ImportAsync(http, list);
        if (firstImport["accepted"]!.GetValue<int>() != Smes)
        {
            throw new InvalidOperationException("The soak's SME list was not imported whole: " + firstImport.ToJsonString());
        }

        var eventIds = new List<string>();
        for (var i = 0; i < Events; i++)
        {
            eventIds.Add(await ApiScenario.LiveEventAsync(api, capacity: Smes));
        }

        var eventOfCode = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(eventIds.SelectMany(e => smeIds.Select(s => (Event: e, Sme: s))), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (pair, _) =>
            eventOfCode[await ApiScenario.RegisterAsync(api, pair.Event, pair.Sme)] = pair.Event);

        var dashboards = new List<LiveClient>();
        for (var i = 0; i < Dashboards; i++)
        {
            var dashboard = await LiveClient.ConnectAsync(cluster.Gateway, "/hubs/events", ClusterProcesses.SecretariatKey);
            foreach (var eventId in eventIds)
            {
                await dashboard.JoinAsync(eventId);
            }

            dashboards.Add(dashboard);
        }

        Console.WriteLine($"SOAK: {duration.TotalMinutes:0.#} minutes of mixed load ({eventOfCode.Count:N0} registrations)...");
        var doors = new SoakDoors(api, eventOfCode.Keys);
        var tally = new SoakTally();
        var linesBefore = cluster.Processes.Select(p => p.Process.Output.Count).ToList();
        var journalRowsBefore = await outbox.JournalRowsAsync();
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource(duration);
        var samples = new List<SoakSample>();
        var load = new List<Task>();
        load.AddRange(Enumerable.Range(0, Doors).Select(_ => Task.Run(() => doors.RunAsync(tally, stop.Token))));
        load.AddRange(Enumerable.Range(0, Readers).Select(r => Task.Run(() => ReadAsync(api, smeIds, eventIds, r, tally, stop.Token))));
        load.Add(Task.Run(() => ReimportAsync(http, list, importEvery, tally, stop.Token)));
        while (!stop.IsCancellationRequested)
        {
            samples.Add(new SoakSample(clock.Elapsed, [.. cluster.Processes.Select(p => ProcessMemory.ResidentMebibytes(p.Process.Id))], await outbox.UndeliveredBatchesAsync()));
            await Task.Delay(sampleEvery, CancellationToken.None);
        }

        await Task.WhenAll(load);
        var seconds = clock.Elapsed.TotalSeconds;
        var lines = cluster.Processes.Select((p, i) => p.Process.Output.Skip(linesBefore[i]).ToList()).ToList();

        // After the load: the outbox empties and every event's statistics reach what was acknowledged.
        var settling = Stopwatch.StartNew();
        var inside = doors.Inside;
        var expected = eventIds.ToDictionary(e => e, e => inside.Count(c => eventOfCode[c] == e));
        var settled = await SettleAsync(async () => await outbox.UndeliveredBatchesAsync() == 0 && await CountsMatchAsync(api, expected), TimeSpan.FromSeconds(120));
        var settledSeconds = settling.Elapsed.TotalSeconds;
        var undeliveredAtEnd = await outbox.UndeliveredBatchesAsync();
        var journalRows = await outbox.JournalRowsAsync() - journalRowsBefore;
        var dashboardMessages = dashboards.Sum(d => d.Messages.Count);
        foreach (var dashboard in dashboards)
        {
            await dashboard.DisposeAsync();
        }

        var details = new Dictionary<string, double>
        {
            ["seconds"] = Math.Round(seconds),
            ["warmUpSeconds"] = warmUp.TotalSeconds,
            ["registrations"] = eventOfCode.Count,
            ["checkInsPerSecond"] = Math.Round(tally.CheckIns / seconds, 1),
            ["undonePerSecond"] = Math.Round(tally.Undone / seconds, 1),
            ["queriesPerSecond"] = Math.Round(tally.Queries / seconds, 1),
            ["importsCompleted"] = tally.Imports,
            ["rowsPerImport"] = Smes,
            ["dashboards"] = Dashboards,
            ["dashboardMessages"] = dashboardMessages,
            ["failedRequests"] = tally.Failures,
            ["journalRowsDuringLoad"] = journalRows,
            ["errorLines"] = lines.Sum(l => l.Count(HostLogLines.IsErrorOrWorse)),
            ["warningLines"] = lines.Sum(l => l.Count(line => HostLogLines.IsWarningOrWorse(line) && !HostLogLines.IsErrorOrWorse(line))),
        };

        var afterWarmUp = samples.Where(s => s.At >= warmUp && s.At < warmUp + window).ToList();
        var last = samples.Where(s => s.At >= duration - window).ToList();
        var growths = new List<(double Growth, double Start, double End)>();
        for (var i = 0; i < cluster.Processes.Count; i++)
        {
            var name = cluster.Processes[i].Name;
            var start = afterWarmUp.Average(s => s.ResidentMebibytes[i]);
            var end = last.Average(s => s.ResidentMebibytes[i]);
            details[$"rssAfterWarmUpMiB:{name}"] = Math.Round(start, 1);
            details[$"rssAtEndMiB:{name}"] = Math.Round(end, 1);
            details[$"rssPeakMiB:{name}"] = Math.Round(samples.Max(s => s.ResidentMebibytes[i]), 1);
            growths.Add((end / start, start, end));
        }

        var loaded = samples.Where(s => s.At >= warmUp).ToList();
        var half = warmUp + ((duration - warmUp) / 2);
        details["undeliveredBatchesMax"] = loaded.Max(s => s.UndeliveredBatches);
        details["undeliveredBatchesMaxFirstHalf"] = loaded.Where(s => s.At < half).Max(s => s.UndeliveredBatches);
        details["undeliveredBatchesMaxSecondHalf"] = loaded.Where(s => s.At >= half).Max(s => s.UndeliveredBatches);
        details["undeliveredBatchesAtEnd"] = undeliveredAtEnd;
        details["settledSeconds"] = Math.Round(settledSeconds, 1);
        details["countsExact"] = settled ? 1 : 0;

        var worst = growths.MaxBy(g => g.Growth);
        var met = worst.Growth <= 1.1 && details["errorLines"] == 0 && undeliveredAtEnd == 0 && details["failedRequests"] == 0 && settled;
        var problems = tally.FirstFailures.Concat(lines.SelectMany(l => l).Where(HostLogLines.IsWarningOrWorse).Take(3)).ToList();
        return new Figure(
            "Resident memory of the host that grew most, over the last tenth of a mixed soak on a two-silo cluster ÷ over the tenth after warm-up",
            Math.Round(worst.End, 1), Math.Round(worst.Start, 1), "MiB", "<= 1.1", met,
            Machine.Describe(), DateTime.UtcNow.ToString("O"), options.Mode,
            new System.Collections.ObjectModel.ReadOnlyDictionary<string, double>(details),
            $"{Doors} door apps (check-in, and undo once half are inside), {Readers} readers (SME page, event statistics, indicators), " +
            $"a re-import of {Smes} SMEs every {importEvery.TotalSeconds:0} s, {Dashboards} dashboards watching {Events} events; hosts are separate processes on PostgreSQL." +
            (problems.Count > 0 ? " First failures, warnings or errors: " + string.Join(" | ", problems) : ""));
    }

    private static byte[] SmeList(out List<string> smeIds)
    {
        var rows = new StringBuilder(SmeHeader).Append("\r\n");
        smeIds = [];
        for (var i = 0; i < Smes; i++)
        {
            var kvk = TestCompanyIds.Kvk();
            smeIds.Add("NL-" + kvk);
            rows.Append(CultureInfo.InvariantCulture, $"NL;{kvk};Soak firm {i};South-West Netherlands;Mechatronics;{5 + (i % 40)};900000;600000;EUR;innovatiehuis\r\n");
        }

        return Encoding.UTF8.GetBytes(rows.ToString());
    }

    private static async Task<JsonNode> ImportAsync(HttpClient http, byte[] list)
    {
        using var content = CsvUpload.Of(list, "soak-smes.csv");
        using var response = await http.PostAsync(new Uri("/api/imports/smes", UriKind.Relative), content);
        var location = response.Headers.Location ?? throw new InvalidOperationException($"The import was refused ({(int)response.StatusCode}): {await response.Content.ReadAsStringAsync()}");
        JsonNode job = new JsonObject();
        await Eventually.TrueAsync(async () =>
        {
            job = JsonNode.Parse(await http.GetStringAsync(location))!;
            return job["status"]!.GetValue<string>() == "completed";
        }, TimeSpan.FromMinutes(2), "the soak's import completes");
        return job;
    }

    private static async Task ReimportAsync(HttpClient http, byte[] list, TimeSpan every, SoakTally tally, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(every, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var job = await tally.TryAsync(() => ImportAsync(http, list));
            if (job is not null && job["unchanged"]!.GetValue<int>() == Smes)
            {
                tally.Imported();
            }
            else if (job is not null)
            {
                tally.Failed("a re-import changed rows: " + job.ToJsonString());
            }
        }
    }

    private static async Task ReadAsync(GraphQLClient api, List<string> smeIds, List<string> eventIds, int reader, SoakTally tally, CancellationToken stop)
    {
        var period = DateTime.UtcNow.Year.ToString(CultureInfo.InvariantCulture);
        for (var i = reader; !stop.IsCancellationRequested; i++)
        {
            var answer = await tally.TryAsync(() => (i % 3) switch
            {
                0 => api.DataAsync("query($id: ID!) { sme(id: $id) { name stage { stage } journey(first: 20) { edges { node { kind occurredAt eventId } } } } }", new { id = smeIds[i % smeIds.Count] }),
                1 => api.DataAsync("query($id: ID!) { event(id: $id) { title stats { checkedIn registered walkIns } } }", new { id = eventIds[i % eventIds.Count] }),
                _ => api.DataAsync("query($p: String!) { indicators(period: $p) { figures { indicator cell count } } }", new { p = period }),
            });
            if (answer is not null)
            {
                tally.Queried();
            }
        }
    }

    private static async Task<bool> CountsMatchAsync(GraphQLClient api, IReadOnlyDictionary<string, int> expected)
    {
        foreach (var (eventId, count) in expected)
        {
            var data = await api.DataAsync("query($id: ID!) { event(id: $id) { stats { checkedIn } } }", new { id = eventId });
            if (data["event"]!["stats"]!["checkedIn"]!.GetValue<int>() != count)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="settled"/> came true within <paramref name="timeout"/>.</summary>
    private static async Task<bool> SettleAsync(Func<Task<bool>> settled, TimeSpan timeout)
    {
        try
        {
            await Eventually.TrueAsync(settled, timeout, "the soak settles");
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
