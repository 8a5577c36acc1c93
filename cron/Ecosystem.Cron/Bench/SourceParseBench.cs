using System.Diagnostics;
using System.Globalization;
using System.Text;
using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Sources.DistroKid;
using Ecosystem.DataLake.Sources.MetaAds;
using Ecosystem.DataLake.Sources.SpotifyForArtists;
using Ecosystem.DataLake.Sources.TooLost;

namespace Ecosystem.Cron.Bench;

/// <summary>
/// Parser throughput per source on its largest format: rows per second a handler's pure parser turns text into typed
/// rows (decoding included, Parquet and storage excluded), on synthetic files of realistic rows written here.
/// </summary>
internal static class SourceParseBench
{
    /// <summary>A per-song timeline holds one row per day; the calendar caps it.</summary>
    private const int MaxTimelineDays = 2_500_000;

    public static async Task<IReadOnlyDictionary<string, double>> MeasureAsync(string folder, string distroKidStatement, int rows, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var tooLost = Path.Combine(folder, "toolost.csv");
        var timeline = Path.Combine(folder, "Glass Harbor-timeline.csv");
        var meta = Path.Combine(folder, "meta.csv");
        WriteTooLost(tooLost, rows);
        WriteTimeline(timeline, Math.Min(rows, MaxTimelineDays));
        WriteMeta(meta, rows);

        return new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["distrokid.bank_statement"] = await RowsPerSecondAsync(new DistroKidStatementHandler(), distroKidStatement, cancellationToken),
            ["toolost.sales_report"] = await RowsPerSecondAsync(new TooLostSalesHandler(), tooLost, cancellationToken),
            ["spotify_for_artists.song_timeline"] = await RowsPerSecondAsync(new SpotifySongTimelineHandler(), timeline, cancellationToken),
            ["meta_ads.ads_manager_export"] = await RowsPerSecondAsync(new MetaAdsExportHandler(), meta, cancellationToken),
        };
    }

    private static async Task<double> RowsPerSecondAsync<TRow>(SourceHandler<TRow> handler, string path, CancellationToken cancellationToken)
        where TRow : class, ILakeRow
    {
        await using var head = File.OpenRead(path);
        var sample = await HeaderSample.ReadAsync(head, cancellationToken);
        if (handler.Match(sample).Kind != FormatMatchKind.Match)
        {
            throw new InvalidOperationException($"The synthetic {handler.Format} file is not recognised by its handler.");
        }

        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
        using var reader = TextEncodings.OpenReader(file, sample.Encoding!);
        var context = new ParseContext(handler.Source, new string('0', 64), "bench", Path.GetFileName(path)) { LandedOn = new DateOnly(2026, 11, 23) };
        var watch = Stopwatch.StartNew();
        long parsed = 0, rejected = 0;
        foreach (var item in handler.Parse(reader, context))
        {
            parsed++;
            rejected += item.Reject is null ? 0 : 1;
        }

        watch.Stop();
        return rejected > 0
            ? throw new InvalidOperationException($"{rejected} synthetic {handler.Format} rows were rejected.")
            : parsed / watch.Elapsed.TotalSeconds;
    }

    private static void WriteTooLost(string path, int rows)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("transaction_id,sale_date,accounting_date,reporting_date,release_title,release_id,track_title,track_id,channel,country,isrc,upc,units,unit_price,original_currency,split_id,share,rev_fee,net_revenue\n");
        string[] channels = ["Spotify", "Apple Music", "YouTube", "Amazon Music", "Deezer", "TikTok", "Facebook", "iTunes"];
        string[] countries = ["US", "GB", "DE", "BR", "FR", "MX", "JP"];
        for (var i = 0; i < rows; i++)
        {
            var units = 10 + (i * 7919 % 5000);
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"tl-{i},2026-{1 + (i % 12):D2}-{1 + (i % 28):D2},2026-07-20,2026-08-15,Glass Harbor,r-100,Track {i % 25},t-{i % 25},{channels[i % channels.Length]},{countries[i % countries.Length]},QZES224{i % 25:D5},0196000000001,{units},{units * 0.0034m:F4},USD,s-1,100,0,{units * 0.0034m:F4}\n"));
        }
    }

    private static void WriteTimeline(string path, int rows)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(true), 1 << 20);
        writer.Write("date,streams\n");
        var day = new DateOnly(1, 1, 1);
        for (var i = 0; i < rows; i++, day = day.AddDays(1))
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd},{100 + (i * 31 % 4000)}\n"));
        }
    }

    private static void WriteMeta(string path, int rows)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("Reporting starts,Reporting ends,Campaign name,Ad set name,Ad name,Day,Amount spent (EUR),Impressions,Reach,Link clicks,Results,Result indicator\n");
        for (var i = 0; i < rows; i++)
        {
            var day = new DateOnly(2026, 1, 1).AddDays(i % 365);
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"2026-01-01,2026-12-31,Campaign {i % 40},Ad set {i % 7},ad-{i % 13},{day:yyyy-MM-dd},\"{1000 + (i % 900)}.{i % 100:D2}\",{26400 + (i % 999)},{18000 + (i % 555)},{480 + (i % 77)},{480 + (i % 77)},actions:link_click\n"));
        }
    }
}
