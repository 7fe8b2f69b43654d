package api

import (
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestOpenAPIMatchesRoutes checks that openapi.yaml describes exactly the
// registered routes: every route documented, nothing documented that is not
// served.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	var doc struct {
		OpenAPI string                    `yaml:"openapi"`
		Paths   map[string]map[string]any `yaml:"paths"`
	}
	if err := yaml.Unmarshal(openAPI, &doc); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Fatalf("openapi version %q", doc.OpenAPI)
	}
	var documented []string
	for path, ops := range doc.Paths {
		for method := range ops {
			if method == "parameters" {
				continue
			}
			documented = append(documented, strings.ToUpper(method)+" "+path)
		}
	}
	f := newFixture(t, "")
	served := f.api.Routes()
	slices.Sort(documented)
	slices.Sort(served)
	if !slices.Equal(documented, served) {
		t.Fatalf("openapi.yaml documents\n%s\nbut the API serves\n%s", strings.Join(documented, "\n"), strings.Join(served, "\n"))
	}
	// Path parameters are declared where the route has them.
	for _, r := range served {
		_, path, _ := strings.Cut(r, " ")
		if strings.Contains(path, "{") && doc.Paths[path]["parameters"] == nil {
			t.Errorf("%s: path parameters not declared", path)
		}
	}
	code, body, _ := f.do("GET", "/openapi.yaml", "")
	if code != 200 || body != string(openAPI) {
		t.Fatalf("GET /openapi.yaml: %d", code)
	}
}
