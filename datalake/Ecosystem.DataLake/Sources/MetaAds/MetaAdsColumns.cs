using Ecosystem.DataLake.Formats.Text;

namespace Ecosystem.DataLake.Sources.MetaAds;

/// <summary>
/// Columns of an Ads Manager export (SOURCES.md §8a) the parser reads, in English (verified), French (verified:
/// <c>Jour;Nom de la campagne;Montant dépensé (USD)</c>) and the UI's Spanish, Portuguese and German wording. An export
/// has whatever columns the user's preset holds, so other columns are ignored: derived ratios (CPC, CPM, CTR, cost per
/// result, frequency) are never stored, the warehouse recomputes them as ratios of sums.
/// </summary>
internal static class MetaAdsColumns
{
    public const string SourceId = "meta_ads";

    public const string ReportingStarts = "reporting starts";
    public const string ReportingEnds = "reporting ends";
    public const string Day = "day";
    public const string Account = "account name";
    public const string Campaign = "campaign name";
    public const string AdSet = "ad set name";
    public const string Ad = "ad name";
    public const string Age = "age";
    public const string Gender = "gender";
    public const string Currency = "currency";
    public const string AmountSpent = "amount spent";
    public const string Impressions = "impressions";
    public const string Reach = "reach";
    public const string Clicks = "clicks (all)";
    public const string LinkClicks = "link clicks";
    public const string Results = "results";
    public const string ResultIndicator = "result indicator";

    public static HeaderAliases Aliases { get; } = new HeaderAliases()
        .Add(ReportingStarts, "en", "Reporting starts").Add(ReportingStarts, "fr", "Début des rapports").Add(ReportingStarts, "es", "Inicio del informe")
        .Add(ReportingStarts, "pt", "Início dos relatórios").Add(ReportingStarts, "de", "Berichtsbeginn")
        .Add(ReportingEnds, "en", "Reporting ends").Add(ReportingEnds, "fr", "Fin des rapports").Add(ReportingEnds, "es", "Fin del informe")
        .Add(ReportingEnds, "pt", "Término dos relatórios").Add(ReportingEnds, "de", "Berichtsende")
        .Add(Day, "en", "Day").Add(Day, "fr", "Jour").Add(Day, "es", "Día").Add(Day, "pt", "Dia").Add(Day, "de", "Tag")
        .Add(Account, "en", "Account name").Add(Account, "fr", "Nom du compte").Add(Account, "es", "Nombre de la cuenta")
        .Add(Account, "pt", "Nome da conta").Add(Account, "de", "Kontoname")
        .Add(Campaign, "en", "Campaign name").Add(Campaign, "fr", "Nom de la campagne").Add(Campaign, "es", "Nombre de la campaña")
        .Add(Campaign, "pt", "Nome da campanha").Add(Campaign, "de", "Kampagnenname")
        .Add(AdSet, "en", "Ad set name").Add(AdSet, "fr", "Nom de l'ensemble de publicités").Add(AdSet, "es", "Nombre del conjunto de anuncios")
        .Add(AdSet, "pt", "Nome do conjunto de anúncios").Add(AdSet, "de", "Name der Anzeigengruppe")
        .Add(Ad, "en", "Ad name").Add(Ad, "fr", "Nom de la publicité").Add(Ad, "es", "Nombre del anuncio")
        .Add(Ad, "pt", "Nome do anúncio").Add(Ad, "de", "Name der Anzeige")
        .Add(Age, "en", "Age").Add(Age, "fr", "Âge").Add(Age, "es", "Edad").Add(Age, "pt", "Idade").Add(Age, "de", "Alter")
        .Add(Gender, "en", "Gender").Add(Gender, "fr", "Genre", "Sexe").Add(Gender, "es", "Sexo").Add(Gender, "pt", "Gênero").Add(Gender, "de", "Geschlecht")
        .Add(Currency, "en", "Currency").Add(Currency, "fr", "Devise").Add(Currency, "es", "Divisa", "Moneda").Add(Currency, "pt", "Moeda").Add(Currency, "de", "Währung")
        .Add(AmountSpent, "en", "Amount spent").Add(AmountSpent, "fr", "Montant dépensé").Add(AmountSpent, "es", "Importe gastado")
        .Add(AmountSpent, "pt", "Valor usado", "Valor gasto").Add(AmountSpent, "de", "Ausgegebener Betrag")
        .Add(Impressions, "en", "Impressions").Add(Impressions, "fr", "Impressions").Add(Impressions, "es", "Impresiones")
        .Add(Impressions, "pt", "Impressões").Add(Impressions, "de", "Impressionen")
        .Add(Reach, "en", "Reach").Add(Reach, "fr", "Couverture").Add(Reach, "es", "Alcance").Add(Reach, "pt", "Alcance").Add(Reach, "de", "Reichweite")
        .Add(Clicks, "en", "Clicks (all)").Add(Clicks, "fr", "Clics (tous)").Add(Clicks, "es", "Clics (todos)").Add(Clicks, "pt", "Cliques (todos)").Add(Clicks, "de", "Klicks (alle)")
        .Add(LinkClicks, "en", "Link clicks").Add(LinkClicks, "fr", "Clics sur un lien", "Clics sur le lien").Add(LinkClicks, "es", "Clics en el enlace")
        .Add(LinkClicks, "pt", "Cliques no link").Add(LinkClicks, "de", "Link-Klicks")
        .Add(Results, "en", "Results").Add(Results, "fr", "Résultats").Add(Results, "es", "Resultados").Add(Results, "pt", "Resultados").Add(Results, "de", "Ergebnisse")
        .Add(ResultIndicator, "en", "Result indicator").Add(ResultIndicator, "fr", "Indicateur de résultats").Add(ResultIndicator, "es", "Indicador de resultado")
        .Add(ResultIndicator, "pt", "Indicador de resultados").Add(ResultIndicator, "de", "Ergebnisindikator");

    /// <summary>A header with a campaign and money spent is an Ads Manager export.</summary>
    public static IReadOnlyList<string> Signature { get; } = [Campaign, AmountSpent];

    /// <summary>Why a header that looks like an Ads Manager export cannot be read, or null.</summary>
    public static string? Problem(HeaderMap header)
    {
        if (!header.Has(Day) && !(header.Has(ReportingStarts) && header.Has(ReportingEnds)))
        {
            return "an Ads Manager export needs either a Day column or both Reporting starts and Reporting ends";
        }

        if (header.CurrencyOf(AmountSpent) is null && !header.Has(Currency))
        {
            return "the export names no currency: neither 'Amount spent (XXX)' nor a Currency column";
        }

        return header.Repeated.Count > 0 ? $"columns named twice: {string.Join(", ", header.Repeated)}" : null;
    }
}
