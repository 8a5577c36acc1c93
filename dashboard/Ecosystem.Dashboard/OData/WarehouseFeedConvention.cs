using Microsoft.AspNetCore.OData.Extensions;
using Microsoft.AspNetCore.OData.Routing.Conventions;
using Microsoft.AspNetCore.OData.Routing.Template;
using Microsoft.OData.Edm;

namespace Ecosystem.Dashboard.OData;

/// <summary>Routes <c>GET /odata/{entity set}</c> of every entity set in the model to <see cref="WarehouseFeedController.Get"/>.</summary>
public sealed class WarehouseFeedConvention : IODataControllerActionConvention
{
    public int Order => -1000;

    public bool AppliesToController(ODataControllerActionContext context) => context.Controller.ControllerType == typeof(WarehouseFeedController);

    public bool AppliesToAction(ODataControllerActionContext context)
    {
        if (context.Action.ActionName != nameof(WarehouseFeedController.Get))
        {
            return false;
        }

        foreach (var set in context.Model.EntityContainer.EntitySets())
        {
            context.Action.AddSelector("Get", context.Prefix, context.Model, new ODataPathTemplate(new EntitySetSegmentTemplate(set)), context.Options?.RouteOptions);
        }

        return true;
    }
}
