global using Aip.Testing;
global using AngleSharp.Dom;
