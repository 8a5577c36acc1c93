namespace Ecosystem.Warehouse.Reports;

/// <summary>
/// Every report the dashboard pages show, by id. The ids are also export names (<c>/exports/{id}.csv</c>,
/// <c>eco export {id}</c>), so none may equal a warehouse table's name.
/// </summary>
public static class ReportCatalog
{
    public static IReadOnlyDictionary<string, ReportDefinition> All { get; } =
        RevenueReports.Definitions
            .Concat(AudienceReports.Definitions)
            .Concat(SocialReports.Definitions)
            .Concat(MarketingReports.Definitions)
            .Concat(CatalogReports.Definitions)
            .Concat(OperationsReports.Definitions)
            .ToDictionary(r => r.Id, StringComparer.Ordinal);

    public static IEnumerable<ReportDefinition> OnPage(string page) => All.Values.Where(r => r.Page == page);
}
