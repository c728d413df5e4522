package assessment_test

import (
	"fmt"

	"github.com/powercore/powercore/assessment"
)

// exampleBank is a bank of two cores and one question that splits 10
// points between them.
const exampleBank = `schema: powercore/bank@1
id: tiny
title: A tiny bank
version: "1"
cores:
  - {id: sales, name: Sales}
  - {id: product, name: Product}
sections:
  - id: power
    title: Where the power sits
    questions:
      - id: success
        kind: allocate
        prompt: What counts as a good year?
        options:
          - {core: sales, label: Deals closed}
          - {core: product, label: Products shipped}
`

func ExampleParse() {
	bank, err := assessment.Parse("tiny.yaml", []byte(exampleBank))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(bank.Title, "asks", len(bank.Questions()), "question")

	// A broken bank reports every problem, located.
	_, err = assessment.Parse("broken.yaml", []byte(`schema: powercore/bank@1
id: broken
title: Broken
version: "1"
cores: [{id: sales, name: Sales}]
sections:
  - id: power
    title: Power
    questions:
      - id: budget
        kind: choise
        prompt: Who wins a budget fight?
`))
	fmt.Println(err)
	// Output:
	// A tiny bank asks 1 question
	// broken.yaml:11:15: question "budget": unknown kind "choise" (did you mean "choice"?)
}

func ExampleScore() {
	bank, err := assessment.Parse("tiny.yaml", []byte(exampleBank))
	if err != nil {
		fmt.Println(err)
		return
	}
	answers, err := assessment.ReadResponse("answers.yaml", []byte(`answers:
  success: {sales: 7, product: 3}
`), bank)
	if err != nil {
		fmt.Println(err)
		return
	}
	result := assessment.Score(bank, *answers)
	for _, c := range result.Cores {
		fmt.Printf("%s %.0f\n", c.ID, c.Score)
	}
	fmt.Println("dominant:", result.Dominant)
	// Output:
	// sales 70
	// product 30
	// dominant: [sales]
}
