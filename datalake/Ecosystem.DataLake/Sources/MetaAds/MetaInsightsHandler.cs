using System.Text.Json;
using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.AdDaily;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Json;
using Ecosystem.DataLake.Formats.Text;

namespace Ecosystem.DataLake.Sources.MetaAds;

/// <summary>
/// Meta Marketing API insights response (SOURCES.md §8c): <c>{"data":[{date_start, date_stop, campaign_name, spend,
/// impressions, reach, clicks, inline_link_clicks, actions…}], "paging":…}</c>, every metric a string. Feeds
/// <c>ad_daily</c> like the Ads Manager export: a row whose start and stop are the same day is a day row
/// (<c>time_increment=1</c>), any other a period total. The currency is the response's <c>account_currency</c>; a
/// response without it has its rows rejected (request <c>fields=account_currency,…</c>), never assumed to be USD.
/// Link clicks come from <c>inline_link_clicks</c>, else from the <c>link_click</c> action.
/// </summary>
public sealed class MetaInsightsHandler : JsonSourceHandler<AdRow>
{
    public const string FormatId = "meta_ads.insights_api";

    public override string Source => MetaAdsColumns.SourceId;

    public override string Format => FormatId;

    public override DatasetContract<AdRow> Contract => AdDailyContract.Instance;

    public override FormatMatch Match(JsonShape shape)
    {
        if (!shape.HasAll("data[].date_start", "data[].date_stop") || !(shape.Has("data[].spend") || shape.Has("data[].impressions")))
        {
            return FormatMatch.None;
        }

        if (!shape.Has("data[].account_currency"))
        {
            return FormatMatch.Variant("Meta insights without account_currency: request fields=account_currency with the other fields (the currency is never assumed)");
        }

        return FormatMatch.Of(shape.Has("data[].ad_id") ? "ad" : shape.Has("data[].adset_id") ? "adset" : shape.Has("data[].campaign_id") ? "campaign" : "account");
    }

    protected override IEnumerable<ParsedRow<AdRow>> Parse(JsonElement root, ParseContext context)
    {
        if (JsonValues.Property(root, "data") is not { ValueKind: JsonValueKind.Array } data)
        {
            throw new InvalidDataException("The response has no 'data' array.");
        }

        long index = 0;
        foreach (var item in data.EnumerateArray())
        {
            index++;
            yield return ParseRow(item, index, context);
        }
    }

    private static ParsedRow<AdRow> ParseRow(JsonElement item, long index, ParseContext context)
    {
        if (!JsonValues.TryDate(JsonValues.Text(item, "date_start"), out var start) || !JsonValues.TryDate(JsonValues.Text(item, "date_stop"), out var end) || end < start)
        {
            return Reject(item, index, "date_start and date_stop are not a pair of dates in order");
        }

        var currency = JsonValues.Text(item, "account_currency");
        if (currency is not { Length: 3 } || !currency.All(char.IsAsciiLetter))
        {
            return Reject(item, index, "no account_currency: request fields=account_currency with the insights (the currency is never assumed)");
        }

        if (!JsonValues.TryDecimal(item, "spend", out var spend, out var problem))
        {
            return Reject(item, index, $"spend {problem}");
        }

        var row = new AdRow
        {
            Source = MetaAdsColumns.SourceId,
            Granularity = start == end ? AdGranularity.Day : AdGranularity.Period,
            DateStart = start,
            DateEnd = end,
            Account = JsonValues.Text(item, "account_name") ?? JsonValues.Text(item, "account_id"),
            Campaign = JsonValues.Text(item, "campaign_name") ?? JsonValues.Text(item, "campaign_id") ?? "(account)",
            AdSet = JsonValues.Text(item, "adset_name") ?? JsonValues.Text(item, "adset_id"),
            Ad = JsonValues.Text(item, "ad_name") ?? JsonValues.Text(item, "ad_id"),
            Age = JsonValues.Text(item, "age"),
            Gender = JsonValues.Text(item, "gender"),
            Currency = currency.ToUpperInvariant(),
            Spend = spend,
            LineNo = index,
            SourceSha256 = context.SourceSha256,
            RunId = context.RunId,
        };
        foreach (var (field, set) in Counts)
        {
            if (!JsonValues.TryNonNegativeCount(item, field, out var value))
            {
                return Reject(item, index, $"{field} '{JsonValues.Text(item, field)}' is not a count");
            }

            set(row, value);
        }

        if (row.LinkClicks is null && LinkClickAction(item) is { } clicks)
        {
            row.LinkClicks = clicks;
        }

        return ParsedRow<AdRow>.Accepted(row);
    }

    private static readonly (string Field, Action<AdRow, long?> Set)[] Counts =
    [
        ("impressions", (row, value) => row.Impressions = value),
        ("reach", (row, value) => row.Reach = value),
        ("clicks", (row, value) => row.Clicks = value),
        ("inline_link_clicks", (row, value) => row.LinkClicks = value),
    ];

    private static long? LinkClickAction(JsonElement item)
    {
        if (JsonValues.Property(item, "actions") is not { ValueKind: JsonValueKind.Array } actions)
        {
            return null;
        }

        foreach (var action in actions.EnumerateArray())
        {
            if (JsonValues.Text(action, "action_type") == "link_click" && JsonValues.Count(action, "value", out var value) == CountParser.Result.Value)
            {
                return value;
            }
        }

        return null;
    }
}
