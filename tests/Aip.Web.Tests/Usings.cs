global using Aip.Web.Tests.Infrastructure;
global using AngleSharp.Dom;
