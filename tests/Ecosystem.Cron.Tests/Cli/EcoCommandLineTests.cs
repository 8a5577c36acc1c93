using System.Text.Json;
using Ecosystem.Cron.Cli;
using Ecosystem.Cron.Tests.Fakes;
using Ecosystem.DataLake.Pipeline;

namespace Ecosystem.Cron.Tests.Cli;

/// <summary>The <c>eco</c> program as cron and scripts use it: real process, real files, exit codes and JSON.</summary>
public sealed class EcoCommandLineTests : IDisposable
{
    private readonly EcoProcess _eco = new();

    private static string Sample => Path.Combine(EcoProcess.RepositoryRoot, "samples", "distrokid");

    public void Dispose() => _eco.Dispose();

    [Fact]
    public async Task Run_TheShippedSample_CuratesEveryLineAndExitsZero()
    {
        var result = await _eco.RunAsync("run", Sample, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var json = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal(1, json.GetProperty("ingest").GetProperty("landed").GetInt32());
        var run = json.GetProperty("run");
        Assert.Equal("ok", run.GetProperty("status").GetString());
        Assert.Equal(SampleRows(), run.GetProperty("rows_curated").GetInt64());
        Assert.True(Directory.Exists(Path.Combine(_eco.DataDirectory, "curated", "dataset=royalty_line", "source=distrokid")));
        var warehouse = json.GetProperty("warehouse");
        Assert.Equal((SampleRows(), SampleRows(), 0), (warehouse.GetProperty("rows_read").GetInt64(), warehouse.GetProperty("rows_written").GetInt64(), warehouse.GetProperty("files_failed").GetInt32()));
        Assert.True(File.Exists(Path.Combine(_eco.DataDirectory, "warehouse.db")));
    }

    [Fact]
    public async Task Export_WritesTheWarehouseTableAsCsvAndAsParquet_WithFilters()
    {
        await _eco.RunAsync("run", Sample);
        var csv = Path.Combine(_eco.WorkingDirectory, "out", "royalty.csv");
        var parquet = Path.Combine(_eco.WorkingDirectory, "out", "royalty.parquet");

        var toCsv = await _eco.RunAsync("export", "royalty_line", "--out", csv);
        var toParquet = await _eco.RunAsync("export", "royalty_line", "--format", "parquet", "--out", parquet, "--from", "2025-01-01", "--to", "2025-12-31");
        var unknown = await _eco.RunAsync("export", "nope", "--out", csv);

        Assert.True(toCsv.ExitCode == 0, toCsv.ToString());
        var bytes = await File.ReadAllBytesAsync(csv);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("source,sale_month,reporting_date,", lines[0], StringComparison.Ordinal);
        Assert.Equal(SampleRows(), lines.Length - 1);
        Assert.True(toParquet.ExitCode == 0, toParquet.ToString());
        await using var file = File.OpenRead(parquet);
        var saleMonths = (await Parquet.Serialization.ParquetSerializer.DeserializeUntypedAsync(file)).Data.Select(row => (string)row["sale_month"]!).ToList();
        Assert.NotEmpty(saleMonths);
        Assert.All(saleMonths, month => Assert.StartsWith("2025-", month, StringComparison.Ordinal));
        Assert.Equal(ExitCodes.Usage, unknown.ExitCode);
        Assert.Contains("No dataset 'nope'", unknown.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kpis_AfterARun_PrintsAll28WithTheirSources()
    {
        await _eco.RunAsync("run", Sample);

        var result = await _eco.RunAsync("kpis", "--json");
        var text = await _eco.RunAsync("kpis");

        Assert.True(result.ExitCode == 0, result.ToString());
        var kpis = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("kpis");
        Assert.Equal(28, kpis.GetArrayLength());
        var revenue = kpis.EnumerateArray().Single(k => k.GetProperty("id").GetString() == "revenue_last_month");
        Assert.True(revenue.GetProperty("value").GetDecimal() > 0);
        Assert.Equal("distrokid", revenue.GetProperty("sources")[0].GetString());
        Assert.Contains("10. Royalty revenue", text.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Twice_TheSecondFindsADuplicateAndChangesNothing()
    {
        await _eco.RunAsync("run", Sample);

        var again = await _eco.RunAsync("run", Sample, "--json");

        Assert.Equal(0, again.ExitCode);
        var json = JsonDocument.Parse(again.Stdout).RootElement;
        Assert.Equal(1, json.GetProperty("ingest").GetProperty("duplicates").GetInt32());
        Assert.Equal(0, json.GetProperty("run").GetProperty("rows_curated").GetInt64());
    }

    [Fact]
    public async Task Status_Json_ShowsRunsCuratedRowsAndQuarantine()
    {
        var unknown = Path.Combine(_eco.WorkingDirectory, "inventory.csv");
        await File.WriteAllTextAsync(unknown, "sku,warehouse,stock level\nTEE-M,Leeds,42\n");
        var run = await _eco.RunAsync("run", Sample, unknown);

        var status = await _eco.RunAsync("status", "--json");

        Assert.Equal(ExitCodes.Partial, run.ExitCode);
        Assert.Equal(0, status.ExitCode);
        var json = JsonDocument.Parse(status.Stdout).RootElement;
        Assert.Equal(1, json.GetProperty("objects_by_status").GetProperty("curated").GetInt32());
        Assert.Equal(SampleRows(), json.GetProperty("curated")[0].GetProperty("rows").GetInt64());
        var quarantined = json.GetProperty("quarantined")[0];
        Assert.Equal("inventory.csv", quarantined.GetProperty("name").GetString());
        Assert.Equal("unknown_format", quarantined.GetProperty("reason_code").GetString());
        Assert.Contains("sku | warehouse | stock level", quarantined.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, json.GetProperty("recent_runs").GetArrayLength()); // the ingest and the run of one `eco run`
        var warehouse = json.GetProperty("warehouse");
        Assert.Equal("ok", warehouse.GetProperty("recent_runs")[0].GetProperty("status").GetString());
        Assert.Equal("distrokid", warehouse.GetProperty("freshness")[0].GetProperty("source").GetString());
    }

    [Fact]
    public async Task Status_ListsFilesStagedWithSomeRowsRejected()
    {
        _eco.Environment["ECO_REJECT_THRESHOLD"] = "0.5";
        var statement = Path.Combine(_eco.WorkingDirectory, "statement.tsv");
        await File.WriteAllTextAsync(
            statement,
            "Reporting Date\tSale Month\tStore\tArtist\tTitle\tISRC\tUPC\tQuantity\tTeam Percentage\tSong/Album\tCountry of Sale\tSongwriter Royalties Withheld\tEarnings (USD)\n" +
            "2024-03-04\t2024-01\tSpotify\tA\tT\tQZTES2400001\t0196000000001\t10\t100\tSong\tUS\t0\t0.03\n" +
            "2024-03-04\t2024-01\tSpotify\tA\tT\tQZTES2400001\t0196000000001\t1.5K\t100\tSong\tUS\t0\t0.03\n" +
            "2024-03-04\t2024-01\tDeezer\tA\tT\tQZTES2400001\t0196000000001\t4\t100\tSong\tUS\t0\t0.01\n");

        var run = await _eco.RunAsync("run", statement);
        var status = await _eco.RunAsync("status");
        var json = JsonDocument.Parse((await _eco.RunAsync("status", "--json")).Stdout).RootElement;

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("rejected rows: statement.tsv: 1 of 3 rows rejected", status.Stdout, StringComparison.Ordinal);
        var file = Assert.Single(json.GetProperty("files_with_rejects").EnumerateArray());
        Assert.Equal(2, file.GetProperty("rows").GetInt64());
        Assert.Equal(1, file.GetProperty("rejected_rows").GetInt64());
    }

    [Fact]
    public async Task Run_WithoutATerminal_LogsOneStructuredLinePerEventOnStderr()
    {
        var result = await _eco.RunAsync("run", Sample);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("info: Ecosystem.DataLake[1101] Landed distrokid-bank-statement-sample.tsv as ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Ecosystem.DataLake[1401] Curated", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("run ", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("ingest")]
    [InlineData("bench", "--rows", "many")]
    public async Task BadCommandLines_ExitWithUsage(params string[] args)
    {
        var result = await _eco.RunAsync(args);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("eco --help", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_MissingFile_ExitsWithUsageAndNamesIt()
    {
        var result = await _eco.RunAsync("ingest", "no-such-statement.tsv");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("no-such-statement.tsv", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WhileAnotherRunHoldsTheLock_IsSkippedWithExitFour()
    {
        Assert.True(RunLock.TryAcquire(Path.Combine(_eco.DataDirectory, "eco.lock"), out var held));
        using (held)
        {
            var result = await _eco.RunAsync("run", Sample, "--json");

            Assert.Equal(ExitCodes.Locked, result.ExitCode);
            Assert.Contains("locked", result.Stdout, StringComparison.Ordinal);
            Assert.False(Directory.Exists(Path.Combine(_eco.DataDirectory, "landing")));
        }
    }

    [Fact]
    public async Task InvalidSettings_FailAtStartWithAClearMessageAndNeverPrintTheSecret()
    {
        var sentinel = $"sentinel-{Guid.NewGuid():N}"; // stands in for a real S3 secret key
        _eco.Environment["ECO_LAKE"] = "s3";
        _eco.Environment["ECO_S3_SECRET_KEY"] = sentinel;

        var result = await _eco.RunAsync("run", Sample);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("ECO_S3_ENDPOINT", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(sentinel, result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreachableStorage_FailsWithOneClearLineAndExitOne()
    {
        var sentinel = $"sentinel-{Guid.NewGuid():N}";
        _eco.Environment["ECO_LAKE"] = "s3";
        _eco.Environment["ECO_S3_ENDPOINT"] = "127.0.0.1:9"; // nothing listens on the discard port
        _eco.Environment["ECO_S3_ACCESS_KEY"] = "lake";
        _eco.Environment["ECO_S3_SECRET_KEY"] = sentinel;
        _eco.Environment["ECO_S3_SECURE"] = "false";

        var result = await _eco.RunAsync("run", Sample);

        Assert.Equal(ExitCodes.Failed, result.ExitCode);
        Assert.Contains("eco run failed: HttpRequestException: Connection refused", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(sentinel, result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DotEnv_IsReadButNeverOverridesTheRealEnvironment()
    {
        await File.WriteAllTextAsync(Path.Combine(_eco.WorkingDirectory, ".env"), "ECO_DATA_DIR=from-dotenv\nECO_REJECT_THRESHOLD=0.5\n");

        var fromFile = await _eco.RunAsync("run", Sample);
        _eco.Environment["ECO_DATA_DIR"] = "from-environment";
        var fromEnvironment = await _eco.RunAsync("run", Sample);

        Assert.Equal(0, fromFile.ExitCode);
        Assert.Equal(0, fromEnvironment.ExitCode);
        Assert.True(File.Exists(Path.Combine(_eco.WorkingDirectory, "from-dotenv", "manifest.db")));
        Assert.True(File.Exists(Path.Combine(_eco.WorkingDirectory, "from-environment", "manifest.db")));
    }

    [Fact]
    public async Task Bench_SmallStatement_MeasuresEveryStageAndCuratesEveryRow()
    {
        var result = await _eco.RunAsync("bench", "--rows", "20000", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var json = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal(20_000, json.GetProperty("rows").GetInt32());
        Assert.Equal(22_000, json.GetProperty("curated_rows_in_lake").GetInt64());
        Assert.Equal(0, json.GetProperty("rejected_rows").GetInt64());
        Assert.True(json.GetProperty("hash_megabytes_per_second").GetDouble() > 0);
        Assert.True(json.GetProperty("curated_rows_per_second").GetDouble() > 0);
        Assert.True(json.GetProperty("peak_working_set_bytes").GetInt64() > 0);
        var parsing = json.GetProperty("parse_rows_per_second");
        Assert.Equal(20_000, json.GetProperty("parse_rows").GetInt32());
        foreach (var format in new[] { "distrokid.bank_statement", "toolost.sales_report", "spotify_for_artists.song_timeline", "meta_ads.ads_manager_export" })
        {
            Assert.True(parsing.GetProperty(format).GetDouble() > 0, format);
        }
    }

    [Fact]
    public async Task Bench_Dashboard_RunsTheDashboardWithItsOwnRuntimeSettingsAndTimesEveryStage()
    {
        // As on a fresh machine: no data-protection key ring yet, so ASP.NET Core creates one and logs a warning,
        // which must not reach standard output (the JSON a script reads).
        _eco.Environment["HOME"] = Directory.CreateDirectory(Path.Combine(_eco.WorkingDirectory, "fresh-home")).FullName;
        var result = await _eco.RunAsync("bench", "--dashboard", "--rows", "300", "--clients", "3", "--drops", "2", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("{", result.Stdout.TrimStart(), StringComparison.Ordinal);
        var json = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.True(json.GetProperty("every_client_got_every_snapshot").GetBoolean());
        Assert.True(json.GetProperty("drop_to_snapshot_p95_ms").GetDouble() > 0);
        Assert.True(json.GetProperty("first_drop_cold_ms").GetDouble() > 0);
        var stages = json.GetProperty("stage_medians_ms");
        foreach (var stage in new[] { "settle", "lake run", "warehouse load", "feed + snapshot", "push" })
        {
            Assert.True(stages.TryGetProperty(stage, out _), stage);
        }
    }

    [Fact]
    public async Task Bench_WriteStatement_WritesARealisticStatementInTheAskedLayout()
    {
        var result = await _eco.RunAsync("bench", "--rows", "500", "--write-statement", "out.tsv", "--layout", "classic");

        Assert.Equal(0, result.ExitCode);
        var lines = await File.ReadAllLinesAsync(Path.Combine(_eco.WorkingDirectory, "out.tsv"));
        Assert.Equal(501, lines.Length);
        Assert.StartsWith("Reporting Date\tSale Month\tStore", lines[0], StringComparison.Ordinal);
        Assert.All(lines.Skip(1), line => Assert.Equal(13, line.Split('\t').Length));
        Assert.Contains(lines, line => line.Contains("\tOU\t", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("\tAlbum\t", StringComparison.Ordinal) && line.Split('\t')[5].Length == 0);
    }

    private static long SampleRows() =>
        Directory.GetFiles(Sample).Sum(file => File.ReadLines(file).Skip(1).LongCount(line => line.Trim().Length > 0));
}
