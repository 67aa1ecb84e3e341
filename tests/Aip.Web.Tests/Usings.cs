global using Aip.Web.Tests.Infrastructure;
